// The adapter from the document model: the paragraphs and lists of every chapter, as text.
// Headings, figure captions and footnotes are left out; so are quotations, which editors do not word.
import { plainText, type Block, type DocumentModel, type ListItemBlock, type ParagraphBlock } from "../../content/model/index.ts";
import type { ReadabilityUnit } from "./types.ts";

/** How a number from data/ or a figure reference counts: as one word. */
const rendering = { value: () => "[getal]", ref: () => "figuur [nummer]", footnote: () => "" };

type Prose = ParagraphBlock | ListItemBlock;

/** A list item, then what is nested under it, in reading order. */
function itemsOf(item: ListItemBlock): Prose[] {
  return [item, ...item.children.flatMap((child) => (child.kind === "list-item" ? itemsOf(child) : child.kind === "paragraph" ? [child] : []))];
}

const leadsIntoList = (paragraph: ParagraphBlock) => plainText(paragraph.inlines, rendering).trimEnd().endsWith(":");

/** The units among sibling blocks: a paragraph, a run of list items (one list), or a paragraph
 * ending in ":" with the list right after it. */
function* unitsIn(blocks: readonly Block[]): Generator<{ kind: ReadabilityUnit["kind"]; prose: Prose[] }> {
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.kind === "quote") continue;
    const listStart = block.kind === "list-item" ? at : block.kind === "paragraph" && blocks[at + 1]?.kind === "list-item" && leadsIntoList(block) ? at + 1 : undefined;
    if (listStart !== undefined) {
      let end = listStart;
      while (blocks[end + 1]?.kind === "list-item") end++;
      const items = (blocks.slice(listStart, end + 1) as ListItemBlock[]).flatMap(itemsOf);
      yield listStart === at ? { kind: "list", prose: items } : { kind: "paragraph-and-list", prose: [block as ParagraphBlock, ...items] };
      at = end;
    } else if (block.kind === "paragraph") {
      yield { kind: "paragraph", prose: [block] };
    } else if ("children" in block) {
      yield* unitsIn(block.children);
    }
  }
}

export function readabilityUnits(model: DocumentModel): ReadabilityUnit[] {
  return model.chapters.flatMap((chapter) =>
    [...unitsIn(chapter.blocks)].map(({ kind, prose }) => {
      const first = prose[0]!;
      const last = prose.at(-1)!;
      return {
        chapterId: chapter.id,
        file: chapter.file,
        line: first.span.start.line,
        kind,
        numbers: first.number && last.number ? { first: first.number, last: last.number } : undefined,
        pieces: prose.map((block) => ({ text: plainText(block.inlines, rendering), line: block.span.start.line })),
      };
    }),
  );
}
