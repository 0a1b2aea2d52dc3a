import { textAttribute } from "../../content/model/attributes.ts";
import { buildDocumentModel } from "../../content/model/document.ts";
import { chaptersDir } from "../../content/model/load.ts";
import type { Block, ChapterModel, DocumentModel } from "../../content/model/types.ts";
import { allBlocks, allInlines, ownInlines, plainText } from "../../content/model/walk.ts";
import type { Dataset } from "../../datasets/types.ts";
import { runChecks } from "../consistency/run.ts";
import { chapterOpenPoints, openPointMarks, type OpenPointMark } from "./chapter.ts";
import { catalogueOpenPoints } from "./catalogue.ts";
import { publicationOpenPoints } from "./publication.ts";
import { siteAddressOpenPoints } from "./site-address.ts";
import { inconsistency, missingProvenance, unknownRowNames, unknownRows } from "./dataset.ts";
import type { OpenPoint, ProjectFiles } from "./types.ts";

export interface OpenPointOptions {
  /** The chapters as a model; read from `files` when not given. */
  model?: DocumentModel | undefined;
  /** Open points marked on the site's own pages (see ./pages.ts), listed after the chapters. */
  pages?: readonly OpenPoint[] | undefined;
}

/** The chapters in `files` as a model (tests and single folders; the build has its cached model). */
function modelOf(files: ProjectFiles): DocumentModel {
  const inputs = files
    .list(chaptersDir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => ({ id: name.replace(/\.mdx$/, ""), file: `${chaptersDir}/${name}`, text: files.read(`${chaptersDir}/${name}`) }));
  return buildDocumentModel(inputs);
}

/** Which datasets a part of a chapter shows: figures and tables by `dataset`, values by `of`. */
function datasetsShownIn(blocks: readonly Block[]): Set<string> {
  const ids = new Set<string>();
  for (const { block } of allBlocks(blocks)) {
    if (block.kind === "figure" || block.kind === "data-table") {
      const id = textAttribute(block.attributes, "dataset") ?? textAttribute(block.attributes, "of");
      if (id !== undefined) ids.add(id);
    }
    for (const { inline } of allInlines(ownInlines(block))) {
      const id = inline.kind === "value" ? textAttribute(inline.attributes, "of") : undefined;
      if (id !== undefined) ids.add(id);
    }
  }
  return ids;
}

function datasetsInMark(mark: OpenPointMark): Set<string> {
  if (mark.block) return datasetsShownIn([mark.node]);
  const ids = new Set<string>();
  for (const { inline } of allInlines([mark.node])) {
    const id = inline.kind === "value" ? textAttribute(inline.attributes, "of") : undefined;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** The cells of the Markdown tables inside a block `<OpenPoint>`. */
function tableCellsIn(mark: OpenPointMark): Set<string> {
  const cells = new Set<string>();
  if (!mark.block) return cells;
  for (const { block } of allBlocks([mark.node])) {
    if (block.kind === "table") for (const row of block.rows) for (const cell of row.cells) cells.add(plainText(cell).trim());
  }
  return cells;
}

/** Whether a chapter already shows a dataset's unknown rows inside a block <OpenPoint>: the mark
 * holds a figure, table or value of the dataset, or lists every unknown row by name (a table typed
 * in the chapter). Then those unknown values are that open point, not a second one. */
function shownInsideOpenPoint(dataset: Dataset, chapters: readonly ChapterModel[]): boolean {
  const names = unknownRowNames(dataset);
  return chapters.some((chapter) =>
    openPointMarks(chapter).some((mark) => {
      if (!mark.block) return false;
      const cells = tableCellsIn(mark);
      return datasetsInMark(mark).has(dataset.id) || (names.length > 0 && names.every((name) => cells.has(name)));
    }),
  );
}

/** Open points of the datasets: unknown source or peildatum, unknown values, failed checks. */
function datasetOpenPoints(files: ProjectFiles, datasets: readonly Dataset[], chapters: readonly ChapterModel[]): OpenPoint[] {
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

/** Every open point of the project: chapters first (in document order), then the site's own pages,
 * then datasets by name, then the document's own facts (contact point, site address). An `<OpenPoint>` around a value whose consistency check fails is that
 * failed check (listed with both numbers), so the chapter's mark is not counted again. */
export function collectOpenPoints(files: ProjectFiles, datasets: readonly Dataset[] = [], options: OpenPointOptions = {}): OpenPoint[] {
  const model = options.model ?? modelOf(files);
  const failed = new Set(
    runChecks(datasets)
      .filter((outcome) => !outcome.ok)
      .flatMap((outcome) => outcome.datasets),
  );
  const chapterPoints = model.chapters.flatMap((chapter) => {
    const marksOfFailedChecks = new Set(
      openPointMarks(chapter)
        .filter((mark) => [...datasetsInMark(mark)].some((id) => failed.has(id)))
        .map((mark) => mark.line),
    );
    return chapterOpenPoints(chapter).filter((point) => point.kind !== "open-point" || !marksOfFailedChecks.has(point.line));
  });
  return [
    ...chapterPoints,
    ...(options.pages ?? []),
    ...datasetOpenPoints(files, datasets, model.chapters),
    ...catalogueOpenPoints(files),
    ...siteAddressOpenPoints(files),
    ...publicationOpenPoints(files),
  ];
}
