/** Where the chapters use which dataset: figures, tables and inline values, in reading order. */
import { textAttribute } from "./model/attributes.ts";
import type { DocumentModel } from "./model/types.ts";
import { allBlocks, allInlines, ownInlines } from "./model/walk.ts";

export interface DatasetUse {
  dataset: string;
  chapterId: string;
  kind: "Figure" | "DataTable" | "Value";
  figureId: string | undefined;
}

export function datasetUses(model: DocumentModel): DatasetUse[] {
  const uses: DatasetUse[] = [];
  for (const chapter of model.chapters) {
    for (const { block } of allBlocks([...chapter.blocks, ...chapter.footnotes])) {
      if (block.kind === "figure" || block.kind === "data-table") {
        const dataset = textAttribute(block.attributes, "dataset");
        if (dataset !== undefined) {
          uses.push({
            dataset,
            chapterId: chapter.id,
            kind: block.kind === "figure" ? "Figure" : "DataTable",
            figureId: block.kind === "figure" ? textAttribute(block.attributes, "id") : undefined,
          });
        }
      }
      for (const { inline } of allInlines(ownInlines(block))) {
        const dataset = inline.kind === "value" ? textAttribute(inline.attributes, "of") : undefined;
        if (dataset !== undefined) uses.push({ dataset, chapterId: chapter.id, kind: "Value", figureId: undefined });
      }
    }
  }
  return uses;
}
