import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { z } from "zod";
import { datasetMetaSchema } from "../../schemas/dataset.ts";
import { isEditorError } from "../errors.ts";
import { loadDatasetsOnce } from "./load.ts";

/** What each entry of the `datasets` collection holds (`entry.data`). */
const datasetEntrySchema = z.object({
  meta: datasetMetaSchema,
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  file: z.object({ csv: z.string(), meta: z.string() }),
});

/** Astro content-layer loader: every data/<id>.csv + data/<id>.yaml pair, read and checked once
 * per build. A bad dataset throws, which stops the build with the editor-facing message. */
export function datasetLoader(options: { dir?: string } = {}): Loader {
  const dir = options.dir ?? "data";
  return {
    name: "wzv-datasets",
    schema: datasetEntrySchema,
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const sync = () => {
        const datasets = loadDatasetsOnce(root, dir);
        context.store.clear();
        for (const dataset of datasets) {
          const data = { meta: dataset.meta, rows: dataset.rows, file: dataset.file };
          context.store.set({ id: dataset.id, data, digest: context.generateDigest(JSON.stringify(data)) });
        }
        context.logger.info(`${datasets.length} datasets gelezen uit ${dir}/`);
      };
      sync();
      const folder = path.join(root, dir);
      context.watcher?.add(folder);
      context.watcher?.on("all", (_event, changed) => {
        if (!changed.startsWith(folder)) return;
        try {
          sync();
        } catch (error) {
          // A mistake in the data is reported by the document check, on the page and in the
          // terminal (src/integrations/editor-check.ts); the collection keeps the last good data.
          if (!isEditorError(error)) context.logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
