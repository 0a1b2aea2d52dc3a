/** The one reader of src/content/document.json: title, organisation, status, version and date. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { documentSchema, type DocumentInfo } from "../../schemas/document";
import { EditorError } from "../errors";
import { formatDate } from "../format";

export type { DocumentInfo };

/** Where the document's facts live, relative to the project root. */
export const documentInfoFile = "src/content/document.json";

/** Checks the parsed JSON; a wrong field stops with a Dutch message naming the file and the field. */
export function parseDocumentInfo(raw: unknown, file = documentInfoFile): DocumentInfo {
  const parsed = documentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  - veld "${issue.path.join(".")}": ${issue.message}`);
  throw new EditorError(`${file} klopt niet:\n${lines.join("\n")}`, { location: { file } });
}

/** Reads and checks the document's facts from the project at `root`. */
export function readDocumentInfo(root: string, file = documentInfoFile): DocumentInfo {
  const text = readFileSync(path.join(root, file), "utf8");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new EditorError(
      `${file} is geen geldige JSON: ${error instanceof Error ? error.message : String(error)}. Controleer de aanhalingstekens en komma's.`,
      { location: { file } },
    );
  }
  return parseDocumentInfo(raw, file);
}

/** "28 november 2026" */
export function documentDateText(info: DocumentInfo): string {
  return formatDate(info.date);
}
