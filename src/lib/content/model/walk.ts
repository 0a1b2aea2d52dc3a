/** Walking the document model in reading order. */
import type { Block, ChapterModel, DocumentModel, Inline } from "./types.ts";

/** The blocks directly inside a block (a note's paragraphs, a list item's nested items). */
function childBlocks(block: Block): readonly Block[] {
  return "children" in block ? block.children : [];
}

/** A block's own sentence-level content: a heading's or paragraph's text, a list item's text, a
 * table's cells. Blocks inside it have their own. */
export function ownInlines(block: Block): readonly Inline[] {
  if (block.kind === "heading" || block.kind === "paragraph" || block.kind === "list-item") return block.inlines;
  if (block.kind === "table") return block.rows.flatMap((row) => row.cells.flat());
  return [];
}

function inlineChildren(inline: Inline): readonly Inline[] {
  return "children" in inline ? inline.children : [];
}

/** Every block in reading order, depth first, with the blocks it sits in (outermost first). */
export function* allBlocks(blocks: readonly Block[], ancestors: readonly Block[] = []): Generator<{ block: Block; ancestors: readonly Block[] }> {
  for (const block of blocks) {
    yield { block, ancestors };
    yield* allBlocks(childBlocks(block), [...ancestors, block]);
  }
}

/** Every inline in reading order, depth first, with the inlines it sits in (outermost first). */
export function* allInlines(inlines: readonly Inline[], ancestors: readonly Inline[] = []): Generator<{ inline: Inline; ancestors: readonly Inline[] }> {
  for (const inline of inlines) {
    yield { inline, ancestors };
    yield* allInlines(inlineChildren(inline), [...ancestors, inline]);
  }
}

export interface PlacedInline {
  chapter: ChapterModel;
  block: Block;
  /** Blocks around `block`, outermost first. */
  blocks: readonly Block[];
  inline: Inline;
  /** Inlines around `inline`, outermost first. */
  inlines: readonly Inline[];
}

/** Every inline of a chapter (its footnotes included), with where it is. */
export function* chapterInlines(chapter: ChapterModel): Generator<PlacedInline> {
  for (const { block, ancestors } of allBlocks([...chapter.blocks, ...chapter.footnotes])) {
    for (const { inline, ancestors: inlines } of allInlines(ownInlines(block))) {
      yield { chapter, block, blocks: ancestors, inline, inlines };
    }
  }
}

/** Every inline of the document, chapter by chapter. */
export function* documentInlines(model: DocumentModel): Generator<PlacedInline> {
  for (const chapter of model.chapters) yield* chapterInlines(chapter);
}

/** How an inline component reads as text; the model itself knows no data. */
export interface TextRendering {
  value?(inline: Extract<Inline, { kind: "value" }>): string;
  ref?(inline: Extract<Inline, { kind: "ref" }>): string;
  footnote?(inline: Extract<Inline, { kind: "footnote-ref" }>): string;
}

/** The words of some inline content as one string: values, references and footnote marks as
 * `rendering` says (left out by default), open points and links by their text. */
export function plainText(inlines: readonly Inline[], rendering: TextRendering = {}): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case "text":
          return inline.text;
        case "value":
          return rendering.value?.(inline) ?? "";
        case "ref":
          return rendering.ref?.(inline) ?? "";
        case "footnote-ref":
          return rendering.footnote?.(inline) ?? "";
        case "image":
          return "";
        default:
          return plainText(inline.children, rendering);
      }
    })
    .join("");
}
