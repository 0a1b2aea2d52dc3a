import { EditorError, formatWhere, type SourceLocation } from "../errors";
import { dutchList } from "../format";

/** Problems with a dataset, written for an editor: where (file, spreadsheet row, column),
 * what was found, what was expected and how to fix it. */
export interface DatasetProblem {
  /** Path as the editor finds it: "data/eenzaamheid.csv". */
  file: string;
  /** Row as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row?: number;
  /** CSV column name, or a metadata field path such as "schema.fields.2.type". */
  column?: string;
  /** "kolom" for CSV columns, "veld" for metadata fields, "regel" for YAML lines. */
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
    cell: problem.column === undefined ? undefined : { kind: problem.columnKind ?? "kolom", name: problem.column },
  };
}

function formatProblem(problem: DatasetProblem): string {
  const lines = [`${formatWhere(locationOf(problem))}: ${problem.problem}`];
  if (problem.found !== undefined) lines.push(`  Gevonden: ${JSON.stringify(problem.found)}`);
  if (problem.expected !== undefined) lines.push(`  Verwacht: ${problem.expected}`);
  lines.push(`  Oplossing: ${problem.fix}`);
  return lines.join("\n");
}

/** Thrown when one or more datasets are wrong. Lists every problem, so an editor fixes them in one go. */
export class DatasetError extends EditorError {
  override name = "DatasetError";
  readonly problems: readonly DatasetProblem[];

  constructor(problems: readonly DatasetProblem[]) {
    const count = problems.length === 1 ? "1 probleem" : `${problems.length} problemen`;
    const body = problems.map((problem) => formatProblem(problem)).join("\n\n");
    super(`De gegevens in data/ kloppen niet (${count}). De site wordt pas gebouwd als dit is opgelost.\n\n${body}`, {
      location: problems[0] && locationOf(problems[0]),
    });
    this.problems = problems;
  }
}

/** Edit distance, for "bedoelde u …?" suggestions. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest valid names (case-insensitive), at most three, closest first. */
function closestNames(name: string, valid: readonly string[]): string[] {
  const wanted = name.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return valid
    .map((candidate) => ({ candidate, score: distance(wanted, candidate.toLowerCase()) }))
    .filter(({ candidate, score }) => score <= limit || candidate.toLowerCase().includes(wanted) || wanted.includes(candidate.toLowerCase()))
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/** ' Bedoelde u "aandeel"?' or "" when nothing is close. */
export function didYouMean(name: string, valid: readonly string[]): string {
  const close = closestNames(name, valid);
  if (close.length === 0) return "";
  return ` Bedoelde u ${close.map((candidate) => `"${candidate}"`).join(" of ")}?`;
}

/** "a", "a en b", "a, b en c" with quotes, for lists of valid names. */
export function listNames(names: readonly string[]): string {
  return dutchList(names.map((name) => `"${name}"`));
}
