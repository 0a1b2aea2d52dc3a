import { EditorError, formatProblem, type EditorProblem, type SourceLocation } from "../errors.ts";

/** Problems with a dataset, written for an editor: where (file, spreadsheet row, column),
 * what was found, what was expected and how to fix it. */
export interface DatasetProblem {
  /** Path as the editor finds it: "data/eenzaamheid.csv". */
  file: string;
  /** Row as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row?: number;
  /** Where a metadata (YAML) field is written: 1-based line and column. */
  at?: { line: number; column: number } | undefined;
  /** CSV column name, or a metadata field path such as "schema.fields.2.type". */
  column?: string;
  /** "kolom" for CSV columns, "veld" for metadata fields. */
  columnKind?: "kolom" | "veld";
  /** What went wrong, one sentence. */
  problem: string;
  /** The value as written in the file; omitted when there is nothing to show. */
  found?: string;
  expected?: string;
  fix: string;
}
function locationOf(problem: DatasetProblem): SourceLocation {
  return {
    file: problem.file,
    row: problem.row,
    line: problem.at?.line,
    column: problem.at?.column,
    cell: problem.column === undefined ? undefined : { kind: problem.columnKind ?? "kolom", name: problem.column },
  };
}

/** The dataset problem in the form every editor problem has; a cell's value is quoted, so an
 * editor sees a stray space or an empty cell. */
export function toEditorProblem(problem: DatasetProblem): EditorProblem {
  return {
    location: locationOf(problem),
    problem: problem.problem,
    found: problem.found === undefined ? undefined : JSON.stringify(problem.found),
    expected: problem.expected,
    fix: problem.fix,
  };
}

/** Thrown when one or more datasets are wrong. Lists every problem, so an editor fixes them in one go. */
export class DatasetError extends EditorError {
  override name = "DatasetError";
  readonly datasetProblems: readonly DatasetProblem[];

  constructor(problems: readonly DatasetProblem[]) {
    const count = problems.length === 1 ? "1 probleem" : `${problems.length} problemen`;
    const editorProblems = problems.map(toEditorProblem);
    const body = editorProblems.map(formatProblem).join("\n\n");
    super(`De gegevens in data/ kloppen niet (${count}). De site wordt pas gebouwd als dit is opgelost.\n\n${body}`, {
      problems: editorProblems,
    });
    this.datasetProblems = problems;
  }
}
