/** The base of every problem an editor has to fix in one of their files (chapters, data,
 * document.json, editions): where it is, and a hint how to fix it. */

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

/** "src/content/chapters/huis.mdx, regel 32" or "data/eenzaamheid.csv, rij 3, kolom "aandeel"". */
export function formatWhere(location: SourceLocation): string {
  const parts = [location.file];
  if (location.row !== undefined) parts.push(`rij ${location.row}`);
  if (location.line !== undefined) parts.push(`regel ${location.line}`);
  if (location.cell !== undefined) parts.push(`${location.cell.kind} "${location.cell.name}"`);
  return parts.join(", ");
}

/** "src/content/chapters/huis.mdx:32:5", the form editors' tools jump to. */
export function formatPosition(location: SourceLocation): string {
  const line = location.line ?? location.row;
  if (line === undefined) return location.file;
  return location.column === undefined ? `${location.file}:${line}` : `${location.file}:${line}:${location.column}`;
}

export interface EditorErrorOptions {
  location?: SourceLocation | undefined;
  /** What to do about it, when the message itself does not say. */
  hint?: string | undefined;
  cause?: unknown;
}

export class EditorError extends Error {
  override name = "EditorError";
  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;

  constructor(message: string, options: EditorErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.location = options.location;
    this.hint = options.hint;
  }
}
