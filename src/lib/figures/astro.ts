// Astro-side access for figures: the chapters' MDX as the figure index reads it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { getChapters } from "../content/astro";
import { indexFigures, type ChapterSource, type FigurePlace } from "./numbering";

/** Every chapter's whole MDX file in document order; read whole so line numbers match the file. */
export async function getChapterSources(): Promise<ChapterSource[]> {
  const chapters = await getChapters();
  return chapters.map((chapter) => {
    const file = chapter.filePath ?? `src/content/chapters/${chapter.id}.mdx`;
    return { id: chapter.id, file, body: readFileSync(path.resolve(file), "utf8") };
  });
}

export async function getFigureIndex(): Promise<{ figures: Map<string, FigurePlace>; chapters: ChapterSource[] }> {
  const chapters = await getChapterSources();
  return { figures: indexFigures(chapters), chapters };
}
