/** The base of every problem an editor has to fix in one of their files (chapters, data,
 * document.json, editions): where it is, what was found, what was expected and how to fix it. */

/** A place in an editor's file. `line`/`column` are 1-based text positions (MDX, YAML, JSON);
 * `row` is a spreadsheet row of a CSV (the header is row 1); `cell` names a CSV column or a
 * metadata field. */
export interface SourceLocation {
  /** Project-relative, with forward slashes: "src/content/chapters/huis.mdx". */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  row?: number | undefined;
  cell?: { kind: "kolom" | "veld"; name: string } | undefined;
}

/** "src/content/chapters/huis.mdx:32:5", the form editors' tools (and terminals) jump to. */
export function formatPosition(location: SourceLocation): string {
  const line = location.line ?? location.row;
  if (line === undefined) return location.file;
  return location.column === undefined ? `${location.file}:${line}` : `${location.file}:${line}:${location.column}`;
}

/** Where a problem is, as an editor reads it: "src/content/chapters/huis.mdx:32:5" for text files,
 * "data/eenzaamheid.csv, rij 3, kolom "aandeel"" for a spreadsheet (rows and column names, as Excel
 * shows them), "data/eenzaamheid.yaml:7:3, veld "version"" for a metadata field. */
export function formatWhere(location: SourceLocation): string {
  const cell = location.cell === undefined ? [] : [`${location.cell.kind} "${location.cell.name}"`];
  if (location.row !== undefined) return [location.file, `rij ${location.row}`, ...cell].join(", ");
  return [formatPosition(location), ...cell].join(", ");
}

/** One mistake in an editor's file, in the words the editor reads. */
export interface EditorProblem {
  /** Where it is; a lookup that does not know where it is used leaves this to its caller. */
  location?: SourceLocation | undefined;
  /** The attribute of a component the mistake is in ("of", "row"), so the caller can point at it. */
  attribute?: string | undefined;
  /** What is wrong, one sentence. */
  problem: string;
  /** What was written, as written (quote it where the quotes matter, as for a CSV cell). */
  found?: string | undefined;
  expected?: string | undefined;
  fix?: string | undefined;
}

/** The problem as the terminal, the browser's error screen and the guide show it. */
export function formatProblem(problem: EditorProblem): string {
  const where = problem.location === undefined ? "" : `${formatWhere(problem.location)}: `;
  const lines = [`${where}${problem.problem}`];
  if (problem.found !== undefined) lines.push(`  Gevonden: ${problem.found}`);
  if (problem.expected !== undefined) lines.push(`  Verwacht: ${problem.expected}`);
  if (problem.fix !== undefined) lines.push(`  Oplossing: ${problem.fix}`);
  return lines.join("\n");
}

export interface EditorErrorOptions {
  location?: SourceLocation | undefined;
  /** What to do about it, when the message itself does not say. */
  hint?: string | undefined;
  cause?: unknown;
  /** The mistakes, each with its place; given, they make the message. */
  problems?: readonly EditorProblem[] | undefined;
}

export class EditorError extends Error {
  override name = "EditorError";

  /** Each mistake said once, with its place: what `npm run build` (scripts/build.mjs, plain
   * JavaScript) prints under its heading. */
  get report(): string {
    return problemsOf(this).map(formatProblem).join("\n\n");
  }

  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;
  /** The mistakes this error reports; empty when the message is all there is. */
  readonly problems: readonly EditorProblem[];

  constructor(message: string, options: EditorErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.problems = options.problems ?? [];
    this.location = options.location ?? this.problems[0]?.location;
    this.hint = options.hint;
  }

  /** Astro's error screen replaces the hint of any error whose text mentions "document" or
   * "window" with advice about browser APIs (generateHint in astro/dist/core/errors/dev/utils.js);
   * a message about src/content/document.json or a source's `document` field must keep its own. */
  override toString(): string {
    return this.name;
  }
}

/** An error made of problems: the message is the problems, formatted. */
export function editorErrorOf(problems: readonly EditorProblem[], heading?: string): EditorError {
  const body = problems.map(formatProblem).join("\n\n");
  return new EditorError(heading === undefined ? body : `${heading}\n\n${body}`, { problems });
}

/** The problems any editor error reports: its own list, or the error itself as one problem (an
 * error from another part of the build that only has a message, a place and a hint). */
export function problemsOf(error: EditorError): EditorProblem[] {
  if (error.problems.length > 0) return [...error.problems];
  const mentionsFile = error.location !== undefined && error.message.includes(error.location.file);
  return [{ location: mentionsFile ? undefined : error.location, problem: error.message, fix: error.hint }];
}

/** Whether a value is an editor error, also across copies of this module (Vite and Node each load
 * their own during a build, so `instanceof` alone does not do). */
export function isEditorError(error: unknown): error is EditorError {
  if (error instanceof EditorError) return true;
  return error instanceof Error && Array.isArray((error as Partial<EditorError>).problems) && "hint" in error && "location" in error;
}
