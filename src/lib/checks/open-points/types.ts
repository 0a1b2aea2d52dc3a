/** The kinds of open point an editor has to resolve before the document can be adopted. */
const openPointKinds = [
  "open-point",
  "placeholder",
  "missing-figure",
  "unknown-data",
  "missing-source",
  "inconsistent",
] as const;

export type OpenPointKind = (typeof openPointKinds)[number];

export interface OpenPoint {
  kind: OpenPointKind;
  /** Project-relative path with forward slashes, e.g. "src/content/chapters/huis.mdx". */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** What is open, in Dutch words an editor understands. */
  message: string;
  /** The text in the file that marks it, for recognition ("pagina xx"). */
  excerpt?: string | undefined;
}

/** Reads the project's files; passed in so the detection can be tested without a disk. */
export interface ProjectFiles {
  /** File names (not paths) directly inside a project-relative directory; [] when it does not exist. */
  list(dir: string): string[];
  read(file: string): string;
}
