import path from "node:path";
import { parse as parseYaml } from "yaml";
import { UNKNOWN } from "../../../schemas/dataset.ts";
import { documentInfoFile } from "../../content/document-info.ts";
import { yamlPosition } from "../../yaml-position.ts";
import type { OpenPoint, ProjectFiles } from "./types.ts";

/** Facts of the open-data catalogue (/data/catalogus.jsonld) that the source does not give and that
 * DCAT-AP-NL requires: today the contact point, from `contact` in src/content/document.json.
 * (Licences are part of each dataset's provenance point.) */
export function catalogueOpenPoints(files: ProjectFiles): OpenPoint[] {
  if (!files.list(path.posix.dirname(documentInfoFile)).includes(path.posix.basename(documentInfoFile))) return [];
  const text = files.read(documentInfoFile);
  let contact: unknown;
  try {
    // JSON is YAML, so the YAML reader also finds the line of the field for the report.
    contact = (parseYaml(text) as { contact?: unknown } | null)?.contact;
  } catch {
    return []; // a broken document.json stops the build with its own message (content/document-info)
  }
  if (typeof contact === "string" && contact.trim() !== "" && contact.trim() !== UNKNOWN) return [];
  return [
    {
      kind: "unknown-data",
      file: documentInfoFile,
      line: yamlPosition(text, ["contact"])?.line ?? 1,
      message:
        'Het contactpunt voor vragen over de cijfers is onbekend. Vul bij "contact" het e-mailadres of de contactpagina in waar gebruikers van de open data terechtkunnen; dataportalen zoals data.overheid.nl vragen erom.',
    },
  ];
}
