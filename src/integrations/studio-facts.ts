// What the studio's forms and notice need to know about the files as they are now, read with the
// same loaders as the build: datasets with their rows and columns, the figures, and the mistakes.
import { chapterModelOf } from "../lib/content/model/document.ts";
import { loadDocumentModel, readChapterInputs } from "../lib/content/model/load.ts";
import type { ChapterModel } from "../lib/content/model/types.ts";
import { scanFigures } from "../lib/content/figure-index.ts";
import { loadDatasetsOnce } from "../lib/datasets/load.ts";
import { isNumericField } from "../lib/datasets/types.ts";
import { studioHeading } from "../lib/checks/mistakes/notice.ts";
import { findMistakes } from "../lib/checks/mistakes/project.ts";
import type { DatasetFacts, StudioFacts } from "../studio/facts.ts";
import { noticeOf } from "./mistakes-notice.ts";

function datasetFacts(root: string): DatasetFacts[] | undefined {
  try {
    return loadDatasetsOnce(root).map((dataset) => ({
      id: dataset.id,
      title: dataset.meta.title,
      keyColumn: dataset.meta.schema.primaryKey,
      rows: dataset.rows.map((row) => String(row[dataset.meta.schema.primaryKey])),
      columns: dataset.meta.schema.fields.map((field) => ({ name: field.name, title: field.title, numeric: isNumericField(field) })),
    }));
  } catch {
    return undefined;
  }
}

/** Every chapter that can be read (the document model, built once per change of the chapters);
 * while one cannot, the others one by one, and the notice names that one. */
function readableChapters(root: string): readonly ChapterModel[] {
  try {
    return loadDocumentModel(root).chapters;
  } catch {
    return readChapterInputs(root).flatMap((input) => {
      try {
        return [chapterModelOf(input)];
      } catch {
        return [];
      }
    });
  }
}

export function studioFacts(root: string): StudioFacts {
  const problems = findMistakes(root);
  const chapters = readableChapters(root);
  const titles = new Map(chapters.map((chapter) => [chapter.file, chapter.title]));
  return {
    mistakes: noticeOf(root, problems, studioHeading(problems.length), true),
    datasets: datasetFacts(root),
    figures: [...scanFigures(chapters).places.values()].map((place) => ({
      id: place.id,
      file: place.file,
      chapterTitle: titles.get(place.file) ?? place.chapterId,
      dataset: place.dataset,
    })),
  };
}
