import { UNKNOWN } from "../../../schemas/dataset.ts";
import { documentInfoFile } from "../../content/document-info.ts";
import { yamlPosition } from "../../yaml-position.ts";
import { documentFields } from "./document-fields.ts";
import type { OpenPoint, ProjectFiles } from "./types.ts";

/** Facts of the open-data catalogue (/data/catalogus.jsonld) that the source does not give and that
 * DCAT-AP-NL requires: today the contact point, from `contact` in src/content/document.json.
 * (Licences are part of each dataset's provenance point.) */
export function catalogueOpenPoints(files: ProjectFiles): OpenPoint[] {
  const document = documentFields(files);
  if (document === undefined) return [];
  const contact = document.fields.contact;
  if (typeof contact === "string" && contact.trim() !== "" && contact.trim() !== UNKNOWN) return [];
  return [
    {
      kind: "unknown-data",
      file: documentInfoFile,
      line: yamlPosition(document.text, ["contact"])?.line ?? 1,
      message:
        'Het contactpunt voor vragen over de cijfers is onbekend. Vul bij "contact" het e-mailadres of de contactpagina in waar gebruikers van de open data terechtkunnen; dataportalen zoals data.overheid.nl vragen erom.',
    },
  ];
}
