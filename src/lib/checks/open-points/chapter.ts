/** Open points in one chapter, read from the document model: `<OpenPoint>` marks, placeholders
 * such as "pagina xx", references to a figure that is not there, and data marked unknown. */
import { textAttribute } from "../../content/model/attributes.ts";
import { chapterModelOf } from "../../content/model/document.ts";
import { lineWithin, readerTexts } from "../../content/model/reader-text.ts";
import type { ChapterModel, OpenPointBlock, OpenPointInline, Span } from "../../content/model/types.ts";
import { allBlocks, allInlines, ownInlines, plainText } from "../../content/model/walk.ts";
import type { OpenPoint } from "./types.ts";

/** An outermost `<OpenPoint>`: nested ones belong to the one around them. */
export type OpenPointMark = {
  reason: string | undefined;
  /** The source between the tags, if any ("pagina xx"). */
  inner: string;
  line: number;
  span: Span;
} & ({ block: true; node: OpenPointBlock } | { block: false; node: OpenPointInline });

/** Placeholders the source uses for what is not known yet. Lower-case x only: "XX" may be a Roman numeral. */
const placeholder = /\b(?:pagina|blz\.?|p\.)\s+x{2,}\b|\bx{2,}\b|\bTODO\b|\[\s*(?:\.\.\.|…)\s*\]/g;

/** Prose that points at a figure, matrix or table below it. */
const forwardReference = /\bonderstaande?\s+(matrix|figuur|grafiek|tabel|kaart|overzicht|afbeelding|schema)\b/gi;

/** Components and elements that can stand where a forward reference points. */
const figureLikeNames = new Set(["Figure", "Chart", "DataTable", "Matrix", "Table", "table", "img", "figure"]);

/** Cells an editor or the source marks as not known. */
const unknownCell = /^(?:onbekend|onbevestigd|nog onbekend|nog niet bekend|niet bekend|\?)$/i;
const unknownPeildatum = /\bpeildatum\s*:?\s*(?:onbekend|nog onbekend|\?)/gi;

function excerptOf(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Every outermost `<OpenPoint>` of a chapter, blocks and inlines, in reading order. */
export function openPointMarks(chapter: ChapterModel): OpenPointMark[] {
  const marks: OpenPointMark[] = [];
  for (const { block, ancestors } of allBlocks([...chapter.blocks, ...chapter.footnotes])) {
    if (ancestors.some((around) => around.kind === "open-point")) continue;
    if (block.kind === "open-point") {
      marks.push({ reason: textAttribute(block.attributes, "reason"), block: true, inner: "", line: block.span.start.line, span: block.span, node: block });
      continue;
    }
    for (const { inline, ancestors: around } of allInlines(ownInlines(block))) {
      if (inline.kind !== "open-point" || around.some((outer) => outer.kind === "open-point")) continue;
      marks.push({
        reason: textAttribute(inline.attributes, "reason"),
        block: false,
        inner: inline.innerSource.trim(),
        line: inline.span.start.line,
        span: inline.span,
        node: inline,
      });
    }
  }
  return marks;
}

function fromMarks(chapter: ChapterModel, marks: readonly OpenPointMark[]): OpenPoint[] {
  return marks.map((mark) => ({
    kind: "open-point",
    file: chapter.file,
    line: mark.line,
    message: mark.reason ?? 'Open punt zonder omschrijving (vul reason="…" in).',
    excerpt: mark.inner && !mark.block ? excerptOf(mark.inner) : undefined,
  }));
}

/** One open point per match of `pattern` in the text a reader sees, outside `<OpenPoint>` marks. */
function textMatches(chapter: ChapterModel, pattern: RegExp, point: (match: RegExpMatchArray) => Pick<OpenPoint, "kind" | "message" | "excerpt">): OpenPoint[] {
  return [...readerTexts(chapter)]
    .filter((piece) => !piece.inOpenPoint)
    .flatMap((piece) =>
      [...piece.text.matchAll(pattern)].map((match) => ({ ...point(match), file: chapter.file, line: lineWithin(piece, match.index) })),
    );
}

function placeholders(chapter: ChapterModel): OpenPoint[] {
  return textMatches(chapter, placeholder, (match) => ({ kind: "placeholder", message: `"${match[0]}" moet nog worden ingevuld.`, excerpt: match[0] }));
}

/** Offsets in the file of what ends a section (headings) and of what can resolve a reference to
 * a figure below it (a figure, chart, table or image, or an `<OpenPoint>` that says it is missing). */
function landmarks(chapter: ChapterModel): { headings: number[]; resolvers: number[] } {
  const headings: number[] = [];
  const resolvers: number[] = [];
  for (const { block } of allBlocks(chapter.blocks)) {
    if (block.kind === "heading") headings.push(block.span.start.offset);
    const figureLike =
      block.kind === "figure" || block.kind === "data-table" || block.kind === "table" || block.kind === "open-point" ||
      (block.kind === "element" && figureLikeNames.has(block.name));
    if (figureLike) resolvers.push(block.span.start.offset);
    for (const { inline } of allInlines(ownInlines(block))) {
      if (inline.kind === "image" || inline.kind === "open-point" || (inline.kind === "element" && figureLikeNames.has(inline.name))) {
        resolvers.push(inline.span.start.offset);
      }
    }
  }
  return { headings, resolvers };
}

/** A reference is resolved by a figure below it, or covered by an `<OpenPoint>` below it that says
 * what is missing; both before the next heading. Otherwise it points at nothing. */
function danglingReferences(chapter: ChapterModel): OpenPoint[] {
  const { headings, resolvers } = landmarks(chapter);
  const points: OpenPoint[] = [];
  for (const piece of readerTexts(chapter)) {
    if (piece.inOpenPoint || piece.from !== "prose") continue;
    for (const match of piece.text.matchAll(forwardReference)) {
      // Offsets in the prose piece are close enough: everything that can resolve it starts after the sentence.
      const at = piece.offset + match.index + match[0].length;
      const sectionEnd = Math.min(...headings.filter((offset) => offset > at), Number.POSITIVE_INFINITY);
      if (resolvers.some((offset) => offset > at && offset < sectionEnd)) continue;
      points.push({
        kind: "missing-figure",
        file: chapter.file,
        line: lineWithin(piece, match.index),
        message: `De tekst verwijst naar "${match[0]}", maar daaronder staat geen ${match[1]!.toLowerCase()}.`,
        excerpt: match[0],
      });
    }
  }
  return points;
}

/** Markdown tables with cells marked unknown, outside an `<OpenPoint>`: one point per table. */
function unknownTableCells(chapter: ChapterModel): OpenPoint[] {
  const lines = chapter.source.split("\n");
  const points: OpenPoint[] = [];
  for (const { block, ancestors } of allBlocks(chapter.blocks)) {
    if (block.kind !== "table" || ancestors.some((around) => around.kind === "open-point")) continue;
    for (const row of block.rows) {
      const unknown = row.cells.map((cell) => plainText(cell).trim()).find((text) => unknownCell.test(text));
      if (unknown === undefined) continue;
      points.push({
        kind: "unknown-data",
        file: chapter.file,
        line: row.span.start.line,
        message: `Deze tabel bevat gegevens die nog niet bekend zijn ("${unknown}").`,
        excerpt: excerptOf(lines[row.span.start.line - 1] ?? ""),
      });
      break;
    }
  }
  return points;
}

function unknownPeildata(chapter: ChapterModel): OpenPoint[] {
  return textMatches(chapter, unknownPeildatum, (match) => ({ kind: "unknown-data", message: "De peildatum is nog niet bekend.", excerpt: match[0] }));
}

/** Every open point in one chapter, each counted once: whatever sits inside an `<OpenPoint>` is
 * that open point, not a second one. */
export function chapterOpenPoints(chapter: ChapterModel): OpenPoint[] {
  return [
    ...fromMarks(chapter, openPointMarks(chapter)),
    ...placeholders(chapter),
    ...danglingReferences(chapter),
    ...unknownTableCells(chapter),
    ...unknownPeildata(chapter),
  ].sort((a, b) => a.line - b.line);
}

/** The open points of one chapter's MDX text (for tests and single files). */
export function findChapterOpenPoints(file: string, text: string): OpenPoint[] {
  return chapterOpenPoints(chapterModelOf({ id: file, file, text }));
}

/** The outermost `<OpenPoint>` marks of an MDX text. */
export function findOpenPointTags(text: string): OpenPointMark[] {
  return openPointMarks(chapterModelOf({ id: "tekst", file: "tekst.mdx", text }));
}
