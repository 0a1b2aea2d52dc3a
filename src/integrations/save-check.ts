// The studio saves through Keystatic's local API: POST /api/keystatic/update with the files to
// write (`additions`, base64url) and to remove (`deletions`), paths relative to the project
// (node_modules/@keystatic/core/dist/keystatic-core-api-generic.node.js, `update`). Before they
// are written, the document check runs on a copy of the editors' files with the save applied; a
// save that brings a mistake the files did not have is refused with the build's own message.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { documentInfoFile } from "../lib/content/document-info.ts";
import { chaptersDir } from "../lib/content/model/load.ts";
import { findMistakes } from "../lib/checks/mistakes/project.ts";
import { countMistakes } from "../lib/checks/mistakes/report.ts";
import { formatProblem, type EditorProblem } from "../lib/errors.ts";
import { t } from "../i18n/t.ts";

/** What the check reads: the chapters, document.json and data/ with its archive. */
const checkedPaths = [chaptersDir, documentInfoFile, "data"];

export interface ProposedSave {
  additions: { path: string; contents: Uint8Array }[];
  deletions: { path: string }[];
}

function fromBase64Url(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64"));
}

/** The save as Keystatic sends it; undefined for anything else (Keystatic itself answers that). */
export function readProposedSave(body: unknown): ProposedSave | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { additions, deletions } = body as { additions?: unknown; deletions?: unknown };
  if (!Array.isArray(additions) || !Array.isArray(deletions)) return undefined;
  const valid = (entry: unknown): entry is { path: string; contents?: unknown } => typeof entry === "object" && entry !== null && typeof (entry as { path?: unknown }).path === "string";
  if (!additions.every((entry) => valid(entry) && typeof entry.contents === "string") || !deletions.every(valid)) return undefined;
  return {
    additions: additions.map((entry: { path: string; contents: string }) => ({ path: entry.path, contents: fromBase64Url(entry.contents) })),
    deletions: deletions.map((entry: { path: string }) => ({ path: entry.path })),
  };
}

/** A mistake by what it says, not where: a line added above an old mistake does not make it new. */
const identity = (problem: EditorProblem) => [problem.location?.file, problem.problem, problem.found, problem.expected].join("\0");

let scratch: string | undefined;

/** The editors' files of `root` with the save applied, in one folder reused for every save. */
function filesAfter(root: string, save: ProposedSave): string {
  scratch ??= mkdtempSync(path.join(tmpdir(), "wzv-studio-save-"));
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const entry of checkedPaths) {
    if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(scratch, entry), { recursive: true });
  }
  const inside = (file: string) => checkedPaths.some((entry) => file === entry || file.startsWith(`${entry}/`));
  for (const { path: file } of save.deletions) if (inside(file)) rmSync(path.join(scratch, file), { force: true });
  for (const { path: file, contents } of save.additions) {
    if (!inside(file)) continue;
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), contents);
  }
  return scratch;
}

/** The mistakes the save would bring; empty when it may be written. Mistakes the files already
 * have (typed by hand) do not stop a save, so the editor can repair one of several. */
export function mistakesOfSave(root: string, save: ProposedSave): EditorProblem[] {
  const before = new Set(findMistakes(root).map(identity));
  return findMistakes(filesAfter(root, save)).filter((problem) => !before.has(identity(problem)));
}

/** What the studio shows when it refuses the save (Keystatic puts the answer's text in its notice). */
export function refusedSaveMessage(problems: readonly EditorProblem[]): string {
  return [t("studio.save.refused", { count: countMistakes(problems.length) }), ...problems.map(formatProblem)].join("\n\n");
}
