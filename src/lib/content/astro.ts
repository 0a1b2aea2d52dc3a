// Astro-side access to the document for pages and components; the logic lives beside this file.
import path from "node:path";
import type { MarkdownHeading, MDXInstance } from "astro";
// As text, so that a comma too few is the document check's to report (with its line), not Vite's.
import documentJson from "../../content/document.json?raw";
import { chapterEntrySchema, type ChapterEntryData } from "../../schemas/chapter.ts";
import { isEditorError } from "../errors.ts";
import { chapterHref } from "./addresses.ts";
import { documentDateText as dateText, documentInfoForPages, type DocumentInfo } from "./document-info.ts";
import { commitPathOf, lastCommitDates } from "./last-modified.ts";
import { loadDocumentModel, readChapterInputs } from "./model/load.ts";
import type { DocumentModel } from "./model/types.ts";

export { chapterHref };

/** A chapter of the document as it is now, as pages list it. */
export interface Chapter {
  /** The file name without extension: "huis". */
  id: string;
  /** Project-relative: "src/content/chapters/huis.mdx". */
  filePath: string;
  data: ChapterEntryData;
}

export interface ChapterLink {
  id: string;
  title: string;
  href: string;
}

/** Imported rather than read from disk, so `astro dev` reloads the pages when the file changes. */
export const documentInfo: DocumentInfo = documentInfoForPages(documentJson);
export const documentDateText = dateText(documentInfo);

/** All chapters in document order, as the document model numbers them (two with one order number
 * are reported by the document check). */
export function getChapters(): Chapter[] {
  let model: DocumentModel;
  try {
    model = getDocumentModel();
  } catch (error) {
    // A chapter that cannot be read (an unclosed tag): `astro dev` asks for the chapter addresses
    // before its editor check runs, which then shows the mistake with every other one on the error
    // screen. The file names are enough to find the address. A build has stopped long before.
    if (!import.meta.env.DEV || !isEditorError(error)) throw error;
    return readChapterInputs(process.cwd()).map((input) => ({ id: input.id, filePath: input.file, data: chapterEntrySchema.parse({}) }));
  }
  return model.chapters.map((chapter) => ({
    id: chapter.id,
    filePath: chapter.file,
    data: chapterEntrySchema.parse(chapter.frontmatter.data),
  }));
}

/** The chapter files compiled by the MDX pipeline. No content collection: the document model already
 * reads and checks every chapter, and without one the build needs no Vite server of its own to load
 * a content config (see scripts/build.mjs). */
const chapterFiles = import.meta.glob<MDXInstance<Record<string, unknown>>>("/src/content/chapters/*.mdx");

/** A compiled chapter file (of today's document, or a released edition's) and its headings. */
export async function renderChapterFile(
  files: Record<string, () => Promise<MDXInstance<Record<string, unknown>>>>,
  file: string,
): Promise<{ Content: MDXInstance<Record<string, unknown>>["Content"]; headings: MarkdownHeading[] }> {
  const load = files[`/${file}`];
  if (!load) throw new Error(`${file} ontbreekt.`);
  const { Content, getHeadings } = await load();
  return { Content, headings: getHeadings() };
}

export function renderChapter(chapter: Chapter) {
  return renderChapterFile(chapterFiles, chapter.filePath);
}

export function toLink(chapter: Chapter): ChapterLink {
  return { id: chapter.id, title: chapter.data.title, href: chapterHref(chapter.id) };
}

let builtModel: DocumentModel | undefined;

/** The document model of the chapters, built once per change (the project root is the working
 * directory of `astro build` and `astro dev`). A build asks once (the chapters cannot change while
 * it runs); `astro dev` asks for every page, so that a save shows. */
export function getDocumentModel(): DocumentModel {
  if (builtModel) return builtModel;
  const model = loadDocumentModel(process.cwd());
  if (!import.meta.env.DEV) builtModel = model;
  return model;
}

const commitDatesByFolder = new Map<string, Map<string, string>>();

/** "Laatst gewijzigd" of a chapter (JJJJ-MM-DD): its last commit, else the document's date. Read
 * from git once per build for all chapters; `astro dev` asks again for every page, so that a new
 * commit shows. */
export function chapterLastModified(chapter: Chapter): string {
  const cwd = process.cwd();
  const file = chapter.filePath;
  const folder = path.dirname(file);
  const dates = (import.meta.env.DEV ? undefined : commitDatesByFolder.get(folder)) ?? lastCommitDates(folder, cwd);
  commitDatesByFolder.set(folder, dates);
  return dates.get(commitPathOf(file, cwd)) ?? documentInfo.date;
}
