import { parse as parseYaml } from "yaml";
import { findChapterOpenPoints } from "./chapter";
import type { OpenPoint, ProjectFiles } from "./types";

export const chaptersDir = "src/content/chapters";

function chapterOrder(text: string): number {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!frontmatter) return Number.MAX_SAFE_INTEGER;
  try {
    const data: unknown = parseYaml(frontmatter[1]!);
    const order = (data as { order?: unknown } | null)?.order;
    return typeof order === "number" ? order : Number.MAX_SAFE_INTEGER;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

/** Open points of every chapter, in document order. */
export function collectChapterOpenPoints(files: ProjectFiles): OpenPoint[] {
  const chapters = files
    .list(chaptersDir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const file = `${chaptersDir}/${name}`;
      const text = files.read(file);
      return { file, text, order: chapterOrder(text) };
    })
    .sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  return chapters.flatMap(({ file, text }) => findChapterOpenPoints(file, text));
}

/** Every open point of the project: chapters first (in document order), then datasets. */
export function collectOpenPoints(files: ProjectFiles): OpenPoint[] {
  return [...collectChapterOpenPoints(files)];
}
