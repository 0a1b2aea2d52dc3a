import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { readDocumentInfo, documentInfoFile } from "../lib/content/document-info";
import { openPointsOnDisk } from "../lib/checks/open-points/project";
import { publicationVerdict } from "../lib/checks/open-points/status";
import { EditorError } from "../lib/errors";
import { forAstro } from "./astro-errors";

/** Before the build: report open points as warnings for a concept; stop a `vastgesteld` build that
 * has any (`npm run build` refuses before Astro starts; this is for `astro build` on its own). */
export function openPoints(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "wzv-open-points",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:start": ({ logger }) => {
        const document = readDocumentInfo(root);
        const verdict = publicationVerdict(document.status, openPointsOnDisk(root));
        if (verdict.action === "warn") logger.warn(verdict.message);
        if (verdict.action === "refuse") throw forAstro(new EditorError(verdict.message, { location: { file: documentInfoFile } }), root);
      },
    },
  };
}
