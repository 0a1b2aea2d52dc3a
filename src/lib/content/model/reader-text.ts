/** The words of a chapter that a reader sees, piece by piece, with where each piece is: prose,
 * headings, list items, table cells, footnotes, and the texts written in attributes that the page
 * shows (a figure's title and caption, a note's title, a quote's source, the chapter's title and
 * summary). Checks that read words (placeholders, typed numbers, readability) read these. */
import { textAttribute } from "./attributes.ts";
import type { Block, ChapterModel, Inline } from "./types.ts";
import { allBlocks, allInlines, ownInlines } from "./walk.ts";

export interface ReaderText {
  text: string;
  /** Line where `text` starts; a line break inside `text` moves to the next line. */
  line: number;
  /** Offset in the file where `text` starts (attribute texts: where their tag starts). */
  offset: number;
  /** Inside an `<OpenPoint>`: the text of an open point, which is reported as that open point. */
  inOpenPoint: boolean;
  /** Where the text comes from: running text, or an attribute such as "caption". */
  from: "prose" | "attribute" | "frontmatter";
}

/** Attributes whose text the page shows, per component. */
const shownAttributes: Partial<Record<Block["kind"], readonly string[]>> = {
  figure: ["title", "caption"],
  "data-table": ["caption"],
  note: ["title"],
};

function isOpenPoint(node: Block | Inline): boolean {
  return node.kind === "open-point";
}

export function* readerTexts(chapter: ChapterModel): Generator<ReaderText> {
  for (const field of ["title", "summary"]) {
    const value = chapter.frontmatter.data[field];
    const line = chapter.frontmatter.lines[field];
    if (typeof value === "string" && line !== undefined) {
      yield { text: value, line, offset: chapter.frontmatter.span?.start.offset ?? 0, inOpenPoint: false, from: "frontmatter" };
    }
  }
  for (const { block, ancestors } of allBlocks([...chapter.blocks, ...chapter.footnotes])) {
    const blockInOpenPoint = isOpenPoint(block) || ancestors.some(isOpenPoint);
    if (block.kind === "quote" && block.source !== undefined) {
      yield { text: block.source, line: block.span.start.line, offset: block.span.start.offset, inOpenPoint: blockInOpenPoint, from: "attribute" };
    }
    if ("attributes" in block) {
      for (const name of shownAttributes[block.kind] ?? []) {
        const text = textAttribute(block.attributes, name);
        if (text === undefined) continue;
        const line = block.attributeLines[name] ?? block.span.start.line;
        yield { text, line, offset: block.span.start.offset, inOpenPoint: blockInOpenPoint, from: "attribute" };
      }
    }
    for (const { inline, ancestors: around } of allInlines(ownInlines(block))) {
      if (inline.kind !== "text") continue;
      yield {
        text: inline.text,
        line: inline.span.start.line,
        offset: inline.span.start.offset,
        inOpenPoint: blockInOpenPoint || around.some(isOpenPoint),
        from: "prose",
      };
    }
  }
}

/** The line of a position inside a reader text. */
export function lineWithin(piece: Pick<ReaderText, "text" | "line">, index: number): number {
  let line = piece.line;
  for (let at = piece.text.indexOf("\n"); at !== -1 && at < index; at = piece.text.indexOf("\n", at + 1)) line++;
  return line;
}
