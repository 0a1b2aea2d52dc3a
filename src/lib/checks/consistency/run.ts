import { formatNumber } from "../../format.ts";
import { EditorError, formatProblem, type EditorProblem } from "../../errors.ts";
import { didYouMean, listNames } from "../../names.ts";
import { QUALIFIER_COLUMN, valueFields, type Dataset } from "../../datasets/types.ts";
import { checksSchema, type CellRef, type ConsistencyCheck, type GrowthCheck, type SumCheck } from "./schema.ts";

/** The outcome of one check in `data/<id>.yaml`. */
export interface CheckOutcome {
  dataset: string;
  /** "data/<id>.yaml" */
  file: string;
  /** 0-based position in the `checks:` list. */
  index: number;
  /** Every dataset the check reads: its own and those its cells point at. */
  datasets: string[];
  ok: boolean;
  /** Dutch: what was compared and, on a mismatch, both numbers. */
  message: string;
}

type Verdict = Pick<CheckOutcome, "ok" | "message">;

/** A check that cannot run because it is written wrongly: stops the build like any bad input. */
export class CheckDefinitionError extends EditorError {
  override name = "CheckDefinitionError";

  constructor(problem: EditorProblem) {
    super(formatProblem(problem), { problems: [problem] });
  }
}

interface ResolvedCell {
  value: number | null;
  /** "ruim 6.000 (2024)" */
  label: string;
}

/** Stops at a check written wrongly: `field` is the part of the check ("from.row"), for its line. */
function fail(dataset: Dataset, index: number, field: string, problem: Pick<EditorProblem, "problem" | "found" | "expected" | "fix">): never {
  throw new CheckDefinitionError({
    ...problem,
    location: { file: dataset.file.meta, cell: { kind: "veld", name: `checks.${index + 1}${field ? `.${field}` : ""}` } },
  });
}

/** Validated checks of a dataset; [] when it has none. */
function checksOf(dataset: Dataset): ConsistencyCheck[] {
  if (dataset.meta.checks === undefined) return [];
  const parsed = checksSchema.safeParse(dataset.meta.checks);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [index, ...field] = issue.path;
  throw new CheckDefinitionError({
    location: { file: dataset.file.meta, cell: { kind: "veld", name: ["checks", ...issue.path.map((part) => (typeof part === "number" ? part + 1 : String(part)))].join(".") } },
    problem: `${typeof index === "number" ? `controle ${index + 1}` : "checks"}${field.length > 0 ? `, veld "${field.map(String).join(".")}"` : ""}: dit klopt niet.`,
    expected: issue.message,
    fix: "Pas de controle aan; docs/redactiegids.md laat zien hoe een controle eruitziet.",
  });
}

function unitSuffix(dataset: Dataset): string {
  return dataset.meta.unit === "%" ? "%" : "";
}

function resolveCell(
  ref: CellRef,
  home: Dataset,
  all: readonly Dataset[],
  index: number,
  defaultColumn: string | undefined,
  field: string,
): ResolvedCell {
  const spec = typeof ref === "object" ? ref : { row: ref };
  const datasetId = "dataset" in spec && spec.dataset ? spec.dataset : home.id;
  const dataset = all.find((d) => d.id === datasetId);
  if (!dataset) {
    const ids = all.map((d) => d.id);
    fail(home, index, `${field}.dataset`, {
      problem: `de dataset "${datasetId}" bestaat niet.`,
      expected: `een van de datasets ${listNames(ids)}`,
      fix: didYouMean(datasetId, ids).trim() || "Kies een bestaande dataset (de bestandsnaam zonder .csv).",
    });
  }
  const numberColumns = valueFields(dataset.meta).map((f) => f.name);
  const column = ("column" in spec ? spec.column : undefined) ?? defaultColumn ?? (numberColumns.length === 1 ? numberColumns[0] : undefined);
  if (column === undefined || !numberColumns.includes(column)) {
    fail(home, index, field, {
      problem: column === undefined ? `er staat niet bij welke kolom van ${dataset.id} bedoeld is.` : `de kolom "${column}" is geen getallenkolom van ${dataset.id}.`,
      expected: `column: met een van de kolommen ${listNames(numberColumns)}`,
      fix: "Noem de kolom met column: …",
    });
  }
  const key = dataset.meta.schema.primaryKey;
  const row = dataset.rows.find((r) => String(r[key]) === String(spec.row));
  if (!row) {
    const keys = dataset.rows.map((r) => String(r[key]));
    fail(home, index, typeof ref === "object" ? `${field}.row` : field, {
      problem: `de rij "${spec.row}" staat niet in ${dataset.file.csv}.`,
      expected: `een waarde uit de kolom "${key}": ${listNames(keys)}`,
      fix: didYouMean(String(spec.row), keys).trim() || "Kies een rij die in de CSV staat.",
    });
  }
  const raw = row[column];
  const value = typeof raw === "number" ? raw : null;
  const qualifier = typeof row[QUALIFIER_COLUMN] === "string" && row[QUALIFIER_COLUMN] ? `${String(row[QUALIFIER_COLUMN])} ` : "";
  const shown = value === null ? "onbekend" : `${qualifier}${formatNumber(value)}${unitSuffix(dataset)}`;
  return { value, label: `${shown} (${String(row[key])})` };
}

function resolveValue(ref: CellRef, home: Dataset, all: readonly Dataset[], index: number, field: string, column?: string): ResolvedCell {
  if (typeof ref === "number") return { value: ref, label: formatNumber(ref) };
  return resolveCell(ref, home, all, index, column, field);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function runGrowth(check: GrowthCheck, home: Dataset, all: readonly Dataset[], index: number): Verdict {
  const from = resolveCell(check.from, home, all, index, undefined, "from");
  const to = resolveCell(check.to, home, all, index, undefined, "to");
  const stated = resolveValue(check.stated, home, all, index, "stated");
  if (from.value === null || to.value === null || stated.value === null || from.value === 0) {
    return { ok: false, message: `De stijging kan niet worden nagerekend: van ${from.label} naar ${to.label}, genoemd ${stated.label}.` };
  }
  const computed = ((to.value - from.value) / from.value) * 100;
  const difference = Math.abs(computed - stated.value);
  const statedText = `${formatNumber(stated.value)}%`;
  const computedText = `${formatNumber(round1(computed), 1)}%`;
  const values = `van ${from.label} naar ${to.label}`;
  if (difference <= check.tolerance) {
    return { ok: true, message: `De genoemde stijging van ${statedText} klopt met de waarden: ${values} is ${computedText}.` };
  }
  return {
    ok: false,
    message:
      `De genoemde stijging van ${statedText} klopt niet met de waarden: ${values} is een stijging van ${computedText}. ` +
      `Verschil ${formatNumber(round1(difference), 1)} procentpunt; toegestaan is ${formatNumber(check.tolerance)}.`,
  };
}

function runSum(check: SumCheck, home: Dataset, all: readonly Dataset[], index: number): Verdict {
  const parts = check.rows.map((ref, position) => resolveCell(ref, home, all, index, check.column, `rows.${position + 1}`));
  const total = resolveValue(check.total, home, all, index, "total", check.column);
  const suffix = typeof check.total === "number" ? unitSuffix(home) : "";
  const terms = parts.map((p) => p.label).join(" + ");
  if (parts.some((p) => p.value === null) || total.value === null) {
    return { ok: false, message: `De som kan niet worden nagerekend: ${terms}, totaal ${total.label}${suffix}.` };
  }
  const sum = parts.reduce((acc, p) => acc + (p.value ?? 0), 0);
  const difference = Math.abs(sum - total.value);
  const sumText = `${formatNumber(sum)}${unitSuffix(home)}`;
  const totalText = `${total.label}${suffix}`;
  if (difference <= check.tolerance) {
    return { ok: true, message: `${terms} = ${sumText}; dat klopt met het totaal ${totalText}.` };
  }
  return {
    ok: false,
    message: `${terms} = ${sumText}, maar het totaal hoort ${totalText} te zijn. Verschil ${formatNumber(difference)}; toegestaan is ${formatNumber(check.tolerance)}.`,
  };
}

/** Runs every check of every dataset. Throws a CheckDefinitionError for a check written wrongly. */
function datasetsRead(check: ConsistencyCheck, home: string): string[] {
  const refs = check.type === "growth" ? [check.from, check.to, check.stated] : [...check.rows, check.total];
  const others = refs.flatMap((ref) => (typeof ref === "object" && ref.dataset ? [ref.dataset] : []));
  return [...new Set([home, ...others])];
}

export function runChecks(datasets: readonly Dataset[]): CheckOutcome[] {
  return datasets.flatMap((dataset) =>
    checksOf(dataset).map((check, index) => ({
      dataset: dataset.id,
      file: dataset.file.meta,
      index,
      datasets: datasetsRead(check, dataset.id),
      ...(check.type === "growth" ? runGrowth(check, dataset, datasets, index) : runSum(check, dataset, datasets, index)),
    })),
  );
}
