/** Every mistake in the editors' files of a project, found before anything renders: chapters
 * (syntax, frontmatter, order, components, references), document.json, the datasets, their
 * archive and their checks. One list, each mistake once, each with its place; the build stops on
 * it (scripts/build.mjs, src/integrations/editor-check.ts), `astro dev` shows it (src/middleware.ts)
 * and `npm run check` prints it. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { orderClashes } from "../../content/chapter-order.ts";
import { documentInfoFile, documentInfoProblems, parseDocumentJson } from "../../content/document-info.ts";
import { frontmatterProblems, parseChapter, type ChapterInput, type ParsedChapter } from "../../content/model/chapter.ts";
import { assembleDocument, inDocumentOrder } from "../../content/model/document.ts";
import { readChapterInputs } from "../../content/model/load.ts";
import { archivedVersions } from "../../datasets/archive.ts";
import { listArchiveFiles } from "../../datasets/archive-files.ts";
import { loadDatasetsOnce } from "../../datasets/load.ts";
import type { Dataset } from "../../datasets/types.ts";
import { isEditorError, problemsOf, type EditorProblem } from "../../errors.ts";
import { yamlPosition } from "../../yaml-position.ts";
import { runChecks } from "../consistency/run.ts";
import { codeProblems } from "./expressions.ts";
import { componentProblems } from "./references.ts";

/** Runs a step that reports mistakes by throwing an editor error; anything else is a bug and stays one. */
function collect<T>(problems: EditorProblem[], step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    if (!isEditorError(error)) throw error;
    problems.push(...problemsOf(error));
    return undefined;
  }
}

function chapterProblems(inputs: readonly ChapterInput[], problems: EditorProblem[]): ParsedChapter[] {
  const parsed: ParsedChapter[] = [];
  for (const input of inputs) {
    const chapter = collect(problems, () => parseChapter(input));
    if (!chapter) continue;
    parsed.push(chapter);
    problems.push(...frontmatterProblems(chapter), ...codeProblems(chapter.tree, input.file, input.text));
  }
  const orders = parsed.map((chapter) => ({ chapter, file: chapter.input.file, order: chapter.order }));
  for (const { item, first } of orderClashes(orders)) {
    const line = item.chapter.frontmatter.lines["order"];
    problems.push({
      location: { file: item.file, line, column: line === undefined ? undefined : 1 },
      problem: `${first.file} heeft hetzelfde volgnummer (order: ${item.order}).`,
      found: `order: ${item.order}`,
      expected: "een eigen volgnummer voor elk hoofdstuk",
      fix: "Geef elk hoofdstuk een eigen nummer in de kop van het bestand, bijvoorbeeld order: 1, order: 2, …",
    });
  }
  return parsed;
}

function documentProblems(root: string): EditorProblem[] {
  const file = path.join(root, documentInfoFile);
  if (!existsSync(file)) {
    return [{ location: { file: documentInfoFile }, problem: "dit bestand ontbreekt.", fix: "Zet het terug (uit git); docs/redactiegids.md laat zien wat erin staat." }];
  }
  const text = readFileSync(file, "utf8");
  const json = parseDocumentJson(text);
  return "problem" in json ? [json.problem] : documentInfoProblems(json.raw, documentInfoFile, text);
}

/** A metadata field named by its path ("checks.1.from.row", lists counted from 1) gets the line
 * and column where it is written. */
function placeMetadataFields(root: string, problems: EditorProblem[]): EditorProblem[] {
  return problems.map((problem) => {
    const location = problem.location;
    if (!location || location.line !== undefined || location.cell?.kind !== "veld" || !/\.(ya?ml|json)$/.test(location.file)) return problem;
    const file = path.join(root, location.file);
    if (!existsSync(file)) return problem;
    const fieldPath = location.cell.name.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) - 1 : part));
    const at = yamlPosition(readFileSync(file, "utf8"), fieldPath);
    return at ? { ...problem, location: { ...location, line: at.line, column: at.column } } : problem;
  });
}

/** A fingerprint of every file the check reads (chapters, document.json, data/ with its archive). */
function digestOf(root: string, inputs: readonly ChapterInput[]): string {
  const hash = createHash("sha256");
  for (const input of inputs) hash.update(input.file).update("\0").update(input.text).update("\0");
  const files = [documentInfoFile, ...listFiles(root, "data")];
  for (const file of files) {
    const full = path.join(root, file);
    hash.update(file).update("\0").update(existsSync(full) ? readFileSync(full) : "").update("\0");
  }
  return hash.digest("hex");
}

function listFiles(root: string, dir: string): string[] {
  const folder = path.join(root, dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** The last result per project, for `astro dev`, which checks before every page. Shared by every
 * copy of this module in the process: `astro dev` loads it natively (the integration, which checks
 * after each change) and through Vite (the middleware before each page); both get one check. */
const cache = ((globalThis as Record<symbol, unknown>)[Symbol.for("wzv.editor-mistakes")] ??= new Map()) as Map<string, { digest: string; problems: EditorProblem[] }>;

/** Every mistake in the editors' files under `root`, in the order an editor meets them: chapters
 * (in file order), then document.json and data. Computed again only when one of the files changed. */
export function findMistakes(projectRoot: string): EditorProblem[] {
  const root = path.resolve(projectRoot);
  const inputs = readChapterInputs(root);
  const digest = digestOf(root, inputs);
  const cached = cache.get(root);
  if (cached?.digest === digest) return cached.problems;
  const problems = findMistakesIn(root, inputs);
  cache.set(root, { digest, problems });
  return problems;
}

function findMistakesIn(root: string, inputs: readonly ChapterInput[]): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const parsed = chapterProblems(inputs, problems);
  problems.push(...documentProblems(root));
  const datasets: Dataset[] | undefined = collect(problems, () => loadDatasetsOnce(root));
  if (datasets) {
    collect(problems, () => archivedVersions(datasets, listArchiveFiles(root)));
    collect(problems, () => runChecks(datasets));
  }
  const model = assembleDocument(inDocumentOrder(parsed));
  const components = componentProblems(model, datasets);
  // Chapter problems first, in file order; then the rest as found.
  const chapterFiles = inputs.map((input) => input.file);
  const inChapters = [...problems, ...components].filter((problem) => problem.location?.file.startsWith("src/content/chapters/"));
  const elsewhere = problems.filter((problem) => !inChapters.includes(problem));
  inChapters.sort(
    (a, b) =>
      chapterFiles.indexOf(a.location!.file) - chapterFiles.indexOf(b.location!.file) ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
  return placeMetadataFields(root, [...inChapters, ...elsewhere]);
}
