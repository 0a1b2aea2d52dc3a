// Astro-side access to the document for pages and components; the logic lives beside this file.
import path from "node:path";
import { getCollection, type CollectionEntry } from "astro:content";
// As text, so that a comma too few is the document check's to report (with its line), not Vite's.
import documentJson from "../../content/document.json?raw";
import { chapterHref } from "./addresses.ts";

export { chapterHref };
import { sortByOrder } from "./chapter-order.ts";
import { documentDateText as dateText, documentInfoForPages, type DocumentInfo } from "./document-info.ts";
import { commitPathOf, lastCommitDates } from "./last-modified.ts";
import { loadDocumentModel } from "./model/load.ts";
import type { DocumentModel } from "./model/types.ts";

export type Chapter = CollectionEntry<"chapters">;

export interface ChapterLink {
  id: string;
  title: string;
  href: string;
}

/** Imported rather than read from disk, so `astro dev` reloads the pages when the file changes. */
export const documentInfo: DocumentInfo = documentInfoForPages(documentJson);
export const documentDateText = dateText(documentInfo);

/** All chapters in document order (two with one order number are reported by the document check). */
export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection("chapters");
  const items = entries.map((entry) => ({ entry, file: entry.filePath ?? entry.id, order: entry.data.order }));
  return sortByOrder(items).map((item) => item.entry);
}

export function toLink(chapter: Chapter): ChapterLink {
  return { id: chapter.id, title: chapter.data.title, href: chapterHref(chapter.id) };
}

/** The document model of the chapters, built once per change (the project root is the working
 * directory of `astro build` and `astro dev`). */
export function getDocumentModel(): DocumentModel {
  return loadDocumentModel(process.cwd());
}

const commitDatesByFolder = new Map<string, Map<string, string>>();

/** "Laatst gewijzigd" of a chapter (JJJJ-MM-DD): its last commit, else the document's date. Read
 * from git once per build for all chapters; `astro dev` asks again for every page, so that a new
 * commit shows. */
export function chapterLastModified(chapter: Chapter): string {
  const cwd = process.cwd();
  const file = chapter.filePath ?? `src/content/chapters/${chapter.id}.mdx`;
  const folder = path.dirname(file);
  const dates = (import.meta.env.DEV ? undefined : commitDatesByFolder.get(folder)) ?? lastCommitDates(folder, cwd);
  commitDatesByFolder.set(folder, dates);
  return dates.get(commitPathOf(file, cwd)) ?? documentInfo.date;
}
