import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { archivedVersions } from "../lib/datasets/archive";
import { listArchiveFiles } from "../lib/datasets/archive-files";
import { loadDatasetsOnce } from "../lib/datasets/load";
import { editionDatasetFiles, versionClashes } from "../lib/editions/data-files";
import { verifyEditions } from "../lib/editions/verify";

/** Before anything is rendered: every released edition must be exactly as released (see
 * src/lib/editions/verify.ts); a changed file stops the build with its name. Warns when a
 * dataset version of an edition reads differently from the file of the same version today. */
export function editions(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "wzv:editions",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = path.resolve(fileURLToPath(config.root));
      },
      "astro:build:start": ({ logger }) => {
        const released = verifyEditions(root);
        const datasets = loadDatasetsOnce(root);
        const served = [
          ...datasets.map((dataset) => ({ id: dataset.id, version: dataset.meta.version, file: dataset.file.csv })),
          ...archivedVersions(datasets, listArchiveFiles(root)),
        ];
        for (const warning of versionClashes(root, served, editionDatasetFiles(root, released))) logger.warn(warning);
        if (released.length > 0) logger.info(`${released.length} uitgebrachte ${released.length === 1 ? "versie" : "versies"} gecontroleerd: ongewijzigd.`);
      },
    },
  };
}
