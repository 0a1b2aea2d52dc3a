import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { readDocumentInfo } from "../lib/content/document-info";
import { openPointsOnDisk } from "../lib/checks/open-points/project";
import { publicationVerdict } from "../lib/checks/open-points/status";
import { failedBuildReport } from "../lib/checks/mistakes/report";
import { stopBuild } from "./astro-errors";

/** Before the build: stop a `vastgesteld` build that has open points, before Astro reads or writes
 * anything; report them as a warning for a concept. */
export function openPoints(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "wzv-open-points",
    hooks: {
      "astro:config:setup": ({ command, config }) => {
        root = fileURLToPath(config.root);
        if (command !== "build") return;
        const verdict = publicationVerdict(readDocumentInfo(root).status, openPointsOnDisk(root));
        if (verdict.action === "refuse") stopBuild(failedBuildReport(verdict.message));
      },
      "astro:build:start": ({ logger }) => {
        const verdict = publicationVerdict(readDocumentInfo(root).status, openPointsOnDisk(root));
        if (verdict.action === "warn") logger.warn(verdict.message);
      },
    },
  };
}
