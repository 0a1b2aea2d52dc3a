import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { readDocumentInfo } from "../lib/content/document-info.ts";
import { openPointsOnDisk } from "../lib/checks/open-points/project.ts";
import { publicationVerdict } from "../lib/checks/open-points/status.ts";
import { failedBuildReport } from "../lib/checks/mistakes/report.ts";
import { stopBuild } from "./astro-errors.ts";

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
