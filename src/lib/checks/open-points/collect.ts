import { parse as parseYaml } from "yaml";
import type { Dataset } from "../../datasets/types";
import { runChecks } from "../consistency/run";
import { catalogueOpenPoints } from "./catalogue";
import { findChapterOpenPoints, findOpenPointTags } from "./chapter";
import { inconsistency, missingProvenance, unknownRowNames, unknownRows } from "./dataset";
import { lineAt } from "./text-position";
import type { OpenPoint, ProjectFiles } from "./types";

export const chaptersDir = "src/content/chapters";

/** `of="id"`, `dataset="id"` or `data={"id"}` in a component's attributes. */
const datasetReference = (id: string) => new RegExp(`\\b(?:of|dataset|data)\\s*=\\s*\\{?\\s*["'\`]${id}["'\`]`);

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

/** Whether a chapter already shows a dataset's unknown rows inside a block <OpenPoint>: the tag refers
 * to the dataset (`of="…"`), or lists every unknown row by name (a table typed in the chapter).
 * Then those unknown values are that open point, not a second one. */
function shownInsideOpenPoint(dataset: Dataset, chapters: readonly ChapterText[]): boolean {
  const reference = datasetReference(dataset.id);
  const names = unknownRowNames(dataset);
  return chapters.some(({ text }) =>
    findOpenPointTags(text).some((tag) => {
      if (!tag.block) return false;
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

/** An <OpenPoint> in a chapter that marks a value whose consistency check fails (say, around a
 * <Value> of that dataset) is the same open point as the failed check, which is listed with both
 * numbers; so the chapter's mark is not counted again. */
function marksFailedCheck(chapter: ChapterText, line: number, failedDatasets: readonly string[]): boolean {
  return findOpenPointTags(chapter.text).some((tag) => {
    if (lineAt(chapter.text, tag.start) !== line) return false;
    const inside = chapter.text.slice(tag.start, tag.end);
    return failedDatasets.some((id) => datasetReference(id).test(inside));
  });
}

/** Every open point of the project: chapters first (in document order), then datasets by name. */
export function collectOpenPoints(files: ProjectFiles, datasets: readonly Dataset[] = []): OpenPoint[] {
  const chapters = readChapters(files);
  const failedDatasets = runChecks(datasets)
    .filter((outcome) => !outcome.ok)
    .flatMap((outcome) => outcome.datasets);
  const chapterPoints = chapters.flatMap((chapter) =>
    findChapterOpenPoints(chapter.file, chapter.text).filter(
      (point) => point.kind !== "open-point" || !marksFailedCheck(chapter, point.line, failedDatasets),
    ),
  );
  return [...chapterPoints, ...collectDatasetOpenPoints(files, datasets, chapters), ...catalogueOpenPoints(files)];
}
