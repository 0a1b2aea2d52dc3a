import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { readDocumentInfo } from "../lib/content/document-info";
import { openPointsOnDisk } from "../lib/checks/open-points/project";
import { publicationVerdict } from "../lib/checks/open-points/status";

/** Before the build: report open points as warnings for a concept; stop a `vastgesteld` build that has any. */
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
        if (verdict.action === "refuse") {
          logger.error(verdict.message);
          // Short on purpose: Astro replaces the hint of any error mentioning "document" with
          // advice about browser APIs, which would only confuse an editor.
          throw Object.assign(new Error("De build is gestopt: een vastgestelde versie mag geen open punten bevatten."), {
            hint: "Los de open punten hierboven op, of zet de status terug op 'concept'.",
          });
        }
      },
    },
  };
}
