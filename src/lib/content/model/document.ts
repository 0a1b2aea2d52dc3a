/** All chapters → the document: in order, numbered, with footnotes and figures numbered through. */
import { sortByOrder } from "../chapter-order.ts";
import { parseChapter, toChapterModel, type ChapterInput, type ParsedChapter } from "./chapter.ts";
import type { ChapterModel, DocumentModel } from "./types.ts";

/** Footnotes count through the whole document in chapter order, as in the source (1, 2, …). */
function numberFootnotes(chapters: readonly ChapterModel[]): void {
  let before = 0;
  for (const chapter of chapters) {
    let inChapter = 0;
    for (const footnote of chapter.footnotes) {
      if (footnote.footnoteNumber === undefined) continue;
      footnote.footnoteNumber += before;
      inChapter++;
    }
    before += inChapter;
  }
}

/** The chapters in document order: by `order` (then file name), chapters without one last (by file
 * name). Two chapters with one number are a mistake the document check reports (orderClashes). */
export function inDocumentOrder(parsed: readonly ParsedChapter[]): ParsedChapter[] {
  const numbered = parsed.filter((chapter) => Number.isFinite(chapter.order));
  const unnumbered = parsed.filter((chapter) => !Number.isFinite(chapter.order)).sort((a, b) => a.input.file.localeCompare(b.input.file));
  const sorted = sortByOrder(numbered.map((chapter) => ({ chapter, file: chapter.input.file, order: chapter.order })));
  return [...sorted.map(({ chapter }) => chapter), ...unnumbered];
}

/** Chapters already in document order → the document: numbers for chapters, paragraphs,
 * footnotes and figures. */
export function assembleDocument(ordered: readonly ParsedChapter[]): DocumentModel {
  const chapters = ordered.map((chapter, index) => toChapterModel(chapter, index + 1));
  numberFootnotes(chapters);
  return { chapters };
}

export function buildDocumentModel(inputs: readonly ChapterInput[]): DocumentModel {
  return assembleDocument(inDocumentOrder(inputs.map(parseChapter)));
}

/** One chapter on its own as the model reads it (as chapter 1), e.g. a single file in a test. */
export function chapterModelOf(input: ChapterInput): ChapterModel {
  return assembleDocument([parseChapter(input)]).chapters[0]!;
}
