/** The one reader of src/content/document.json: title, organisation, status, version and date. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { documentSchema, placeholderSite, type DocumentInfo } from "../../schemas/document.ts";
import { EditorError, formatProblem, type EditorProblem } from "../errors.ts";
import { formatDate } from "../format.ts";
import { t } from "../../i18n/t.ts";
import { yamlPosition } from "../yaml-position.ts";

export type { DocumentInfo };

/** Where the document's facts live, relative to the project root. */
export const documentInfoFile = "src/content/document.json";

/** Every mistake in the document's facts. `text` (the file as written) gives each its line. */
export function documentInfoProblems(raw: unknown, file = documentInfoFile, text?: string): EditorProblem[] {
  const parsed = documentSchema.safeParse(raw);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    const value = issue.path.reduce<unknown>((object, key) => (object as Record<PropertyKey, unknown> | undefined)?.[key], raw);
    const at = text === undefined ? undefined : yamlPosition(text, issue.path);
    return {
      location: { file, line: at?.line, column: at?.column, cell: { kind: "veld" as const, name: field } },
      problem: value === undefined ? "dit veld ontbreekt." : "dit veld klopt niet.",
      found: value === undefined ? undefined : JSON.stringify(value),
      expected: issue.message,
      fix: value === undefined ? `Voeg het veld "${field}" toe, zoals in het voorbeeld in docs/redactiegids.md.` : "Pas de waarde aan.",
    };
  });
}

/** Checks the parsed JSON; a wrong field stops with a Dutch message naming the file and the field. */
export function parseDocumentInfo(raw: unknown, file = documentInfoFile, text?: string): DocumentInfo {
  const problems = documentInfoProblems(raw, file, text);
  if (problems.length > 0) throw new EditorError(problems.map(formatProblem).join("\n\n"), { problems });
  return documentSchema.parse(raw);
}

/** The JSON of document.json, or the problem that it is not JSON (with its line and column). */
export function parseDocumentJson(text: string, file = documentInfoFile): { raw: unknown } | { problem: EditorProblem } {
  try {
    return { raw: JSON.parse(text) as unknown };
  } catch (error) {
    // Node says where: "… in JSON at position 95 (line 5 column 3)".
    const reason = error instanceof Error ? error.message : "";
    const at = /\(line (\d+) column (\d+)\)/.exec(reason);
    const line = at ? Number(at[1]) : undefined;
    return {
      problem: {
        location: { file, line, column: at ? Number(at[2]) : undefined },
        problem: "het bestand kan niet worden gelezen: het is geen geldige JSON.",
        found: line === undefined ? undefined : text.split(/\r?\n/)[line - 1]?.trim(),
        expected: '"naam": "waarde" per regel, met een komma na elke regel behalve de laatste, alles tussen { en }',
        fix: "Controleer de aanhalingstekens en komma's op deze regel en de regel ervoor.",
      },
    };
  }
}

/** What the pages show while document.json has a mistake. The document check reports the mistake
 * with its line before any page renders (build) or instead of the page (astro dev), so these never
 * reach a reader; they only keep a page module from failing to load on the file, which would show
 * a message of its own. */
const placeholderInfo: DocumentInfo = { title: "Woonzorgvisie", organisation: "", status: "concept", version: "0", date: "1970-01-01" };

/** The document's facts for the pages, from the file's text; placeholders while it has a mistake. */
export function documentInfoForPages(text: string): DocumentInfo {
  const json = parseDocumentJson(text);
  const parsed = "raw" in json ? documentSchema.safeParse(json.raw) : undefined;
  return parsed?.success ? parsed.data : placeholderInfo;
}

/** Reads and checks the document's facts from the project at `root`. */
export function readDocumentInfo(root: string, file = documentInfoFile): DocumentInfo {
  const text = readFileSync(path.join(root, file), "utf8");
  const json = parseDocumentJson(text, file);
  if ("problem" in json) throw new EditorError(formatProblem(json.problem), { problems: [json.problem] });
  return parseDocumentInfo(json.raw, file, text);
}

/** "28 november 2026" */
export function documentDateText(info: DocumentInfo): string {
  return formatDate(info.date);
}

/** "Concept · versie 0.1, 28 november 2026": the status mark at the foot of every printed page. */
export function printedStatusLine(info: DocumentInfo): string {
  return [t(`site.status.${info.status}`), t("site.footer.version", { version: info.version, date: documentDateText(info) }).toLowerCase()].join(" · ");
}

/** The site's public address as an origin ("https://…", no trailing slash): `site` in
 * document.json, or the placeholder while it is absent. */
export function siteAddress(info: Pick<DocumentInfo, "site">): string {
  return new URL(info.site ?? placeholderSite).origin;
}

/** The address for astro.config.mjs, from the project at `root`. Never throws: a mistake in
 * document.json is the document check's to report (with its line), so the placeholder stands in. */
export function siteAddressOnDisk(root: string, file = documentInfoFile): string {
  let text = "";
  try {
    text = readFileSync(path.join(root, file), "utf8");
  } catch {
    // a missing file is reported by the document check too
  }
  return siteAddress(documentInfoForPages(text));
}
