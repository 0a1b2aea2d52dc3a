import { getCollection, type CollectionEntry } from "astro:content";
import { sortByOrder } from "./chapter-order";

export type Chapter = CollectionEntry<"chapters">;

export interface ChapterLink {
  id: string;
  title: string;
  href: string;
}

export function chapterHref(id: string): string {
  return `/${id}/`;
}

/** All chapters in document order; stops the build when two share an order number. */
export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection("chapters");
  const items = entries.map((entry) => ({ entry, file: entry.filePath ?? entry.id, order: entry.data.order }));
  return sortByOrder(items).map((item) => item.entry);
}

export function toLink(chapter: Chapter): ChapterLink {
  return { id: chapter.id, title: chapter.data.title, href: chapterHref(chapter.id) };
}
