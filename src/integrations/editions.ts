import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { archivedVersions } from "../lib/datasets/archive.ts";
import { listArchiveFiles } from "../lib/datasets/archive-files.ts";
import { loadDatasetsOnce } from "../lib/datasets/load.ts";
import { editionDatasetFiles, versionClashes } from "../lib/editions/data-files.ts";
import { verifyEditions } from "../lib/editions/verify.ts";
import { failedBuildReport } from "../lib/checks/mistakes/report.ts";
import { isEditorError } from "../lib/errors.ts";
import { stopBuild } from "./astro-errors.ts";

/** Before Astro reads or writes anything: every released edition must be exactly as released (see
 * src/lib/editions/verify.ts); a changed file stops the build with its name, as our only output. Warns when a
 * dataset version of an edition reads differently from the file of the same version today. */
export function editions(): AstroIntegration {
  let root = process.cwd();
  let released: ReturnType<typeof verifyEditions> | undefined;
  return {
    name: "wzv:editions",
    hooks: {
      "astro:config:setup": ({ command, config }) => {
        root = path.resolve(fileURLToPath(config.root));
        if (command !== "build") return;
        try {
          released = verifyEditions(root);
        } catch (error) {
          if (isEditorError(error)) stopBuild(failedBuildReport(error));
          throw error;
        }
      },
      "astro:build:start": ({ logger }) => {
        released ??= verifyEditions(root);
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
