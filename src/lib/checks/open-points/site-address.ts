import { placeholderSite } from "../../../schemas/document.ts";
import { documentInfoFile } from "../../content/document-info.ts";
import { yamlPosition } from "../../yaml-position.ts";
import { documentFields } from "./document-fields.ts";
import type { OpenPoint, ProjectFiles } from "./types.ts";

/** The site's address (`site` in src/content/document.json) while it is the placeholder, or absent:
 * the PDFs, the open data, the canonical links and the sitemap would name an address that the
 * gemeente has not confirmed. */
export function siteAddressOpenPoints(files: ProjectFiles): OpenPoint[] {
  const document = documentFields(files);
  if (document === undefined) return [];
  const site = document.fields.site;
  // A malformed address is a mistake that the document check reports; the placeholder is an open point.
  if (typeof site === "string" && URL.canParse(site.trim()) && new URL(site.trim()).origin !== placeholderSite) return [];
  return [
    {
      kind: "placeholder",
      file: documentInfoFile,
      line: yamlPosition(document.text, ["site"])?.line ?? 1,
      message: `Het adres van de site is nog niet vastgesteld: er staat ${placeholderSite}. Vul bij "site" het adres in waarop de gemeente de site publiceert (https:// en de domeinnaam); de PDF, de open data, de canonieke links en de sitemap gebruiken het.`,
    },
  ];
}
