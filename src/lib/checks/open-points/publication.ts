import { UNKNOWN } from "../../../schemas/dataset.ts";
import { publicationSchema, type PublicationFacts } from "../../../schemas/document.ts";
import { documentInfoFile } from "../../content/document-info.ts";
import { yamlPosition } from "../../yaml-position.ts";
import { documentFields } from "./document-fields.ts";
import type { OpenPoint, ProjectFiles } from "./types.ts";

/** Facts only a vastgestelde visie has: a concept has not been adopted or signed yet. */
const onlyWhenAdopted: readonly (keyof PublicationFacts)[] = ["vastgesteldOp", "ondertekendOp"];

/** Facts of the official publication (the STOP package) that the source does not give: each field
 * of `publicatie` in src/content/document.json that is absent or `onbekend`, explained in the
 * words of the document schema. */
export function publicationOpenPoints(files: ProjectFiles): OpenPoint[] {
  const document = documentFields(files);
  if (document === undefined) return [];
  const { text, fields: info } = document;
  const facts = (info.publicatie ?? {}) as Record<string, unknown>;
  const fields = Object.keys(publicationSchema.shape) as (keyof PublicationFacts)[];
  return fields
    .filter((field) => info.status === "vastgesteld" || !onlyWhenAdopted.includes(field))
    .filter((field) => facts[field] === undefined || facts[field] === UNKNOWN)
    .map((field) => ({
      kind: "unknown-data" as const,
      file: documentInfoFile,
      line: (yamlPosition(text, ["publicatie", field]) ?? yamlPosition(text, ["publicatie"]))?.line ?? 1,
      message: `Voor de officiële publicatie (STOP) is "publicatie.${field}" onbekend. ${publicationSchema.shape[field].description ?? ""}`.trim(),
    }));
}
