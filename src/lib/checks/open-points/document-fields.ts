import path from "node:path";
import { parse as parseYaml } from "yaml";
import { documentInfoFile } from "../../content/document-info.ts";
import type { ProjectFiles } from "./types.ts";

/** src/content/document.json as written (for the line of a field) and its fields; undefined when
 * the file is missing or no JSON, which the document check reports with its own message
 * (content/document-info). */
export function documentFields(files: ProjectFiles): { text: string; fields: Record<string, unknown> } | undefined {
  if (!files.list(path.posix.dirname(documentInfoFile)).includes(path.posix.basename(documentInfoFile))) return undefined;
  const text = files.read(documentInfoFile);
  try {
    // JSON is YAML, so the YAML reader also finds the line of a field for the report.
    const fields = parseYaml(text) as unknown;
    return { text, fields: typeof fields === "object" && fields !== null ? (fields as Record<string, unknown>) : {} };
  } catch {
    return undefined;
  }
}
