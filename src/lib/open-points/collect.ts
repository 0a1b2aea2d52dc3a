import { parse as parseYaml } from "yaml";
import type { Dataset } from "../datasets/types";
import { runChecks } from "../consistency/run";
import { findChapterOpenPoints, findOpenPointTags } from "./chapter";
import { inconsistency, missingProvenance, unknownRowNames, unknownRows } from "./dataset";
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

interface ChapterText {
  file: string;
  text: string;
  order: number;
}

function readChapters(files: ProjectFiles): ChapterText[] {
  return files
    .list(chaptersDir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const file = `${chaptersDir}/${name}`;
      const text = files.read(file);
      return { file, text, order: chapterOrder(text) };
    })
    .sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
}

/** Open points of every chapter, in document order. */
export function collectChapterOpenPoints(files: ProjectFiles): OpenPoint[] {
  return readChapters(files).flatMap(({ file, text }) => findChapterOpenPoints(file, text));
}

/** Whether a chapter already shows a dataset's unknown rows inside an <OpenPoint>: the tag refers
 * to the dataset (`of="…"`), or lists every unknown row by name (a table typed in the chapter).
 * Then those unknown values are that open point, not a second one. */
function shownInsideOpenPoint(dataset: Dataset, chapters: readonly ChapterText[]): boolean {
  const reference = new RegExp(`\\b(?:of|dataset|data)\\s*=\\s*\\{?\\s*["'\`]${dataset.id}["'\`]`);
  const names = unknownRowNames(dataset);
  return chapters.some(({ text }) =>
    findOpenPointTags(text).some((tag) => {
      const inside = text.slice(tag.start, tag.end);
      const cells = new Set(inside.split("|").map((cell) => cell.trim()));
      return reference.test(inside) || (names.length > 0 && names.every((name) => cells.has(name)));
    }),
  );
}

/** Open points of the datasets: unknown source or peildatum, unknown values, failed checks. */
export function collectDatasetOpenPoints(
  files: ProjectFiles,
  datasets: readonly Dataset[],
  chapters: readonly ChapterText[] = readChapters(files),
): OpenPoint[] {
  const outcomes = runChecks(datasets);
  const sorted = [...datasets].sort((a, b) => a.id.localeCompare(b.id));
  const problems = sorted.flatMap((dataset) => {
    const yamlText = files.read(dataset.file.meta);
    return [
      ...outcomes.filter((o) => o.dataset === dataset.id && !o.ok).map((o) => inconsistency(o, yamlText)),
      ...(shownInsideOpenPoint(dataset, chapters) ? [] : unknownRows(dataset)),
    ];
  });
  // Unknown sources last: they are many and alike, and should not bury the rest.
  const provenance = sorted.flatMap((dataset) => missingProvenance(dataset, files.read(dataset.file.meta)));
  return [...problems, ...provenance];
}

/** Every open point of the project: chapters first (in document order), then datasets by name. */
export function collectOpenPoints(files: ProjectFiles, datasets: readonly Dataset[] = []): OpenPoint[] {
  const chapters = readChapters(files);
  return [
    ...chapters.flatMap(({ file, text }) => findChapterOpenPoints(file, text)),
    ...collectDatasetOpenPoints(files, datasets, chapters),
  ];
}
