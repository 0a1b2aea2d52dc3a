import { EditorError, formatProblem, type EditorProblem } from "../errors.ts";
import { didYouMean, listNames } from "../names.ts";
import {
  QUALIFIER_COLUMN,
  UNIT_COLUMN,
  WORDING_COLUMN,
  isNumericField,
  valueFields,
  type CellValue,
  type Dataset,
  type DatasetField,
  type DatasetRow,
} from "./types.ts";

/** A reference from a chapter or component to data that does not exist. The document check
 * finds these before anything renders (src/lib/checks/mistakes/); a component that still meets
 * one stops the build with the same problem. */
export class DatasetReferenceError extends EditorError {
  override name = "DatasetReferenceError";

  constructor(problem: EditorProblem) {
    super(formatProblem(problem), { problems: [problem] });
  }
}

export function findDataset(datasets: readonly Dataset[], id: string): Dataset {
  const found = datasets.find((dataset) => dataset.id === id);
  if (found) return found;
  const ids = datasets.map((dataset) => dataset.id).sort();
  throw new DatasetReferenceError({
    problem: `er is geen dataset "${id}".`,
    expected: `de naam van een dataset: een bestandsnaam in data/ zonder .csv (${listNames(ids)})`,
    fix: `${didYouMean(id, ids).trim() || "Kies een van de bestaande datasets."} Schrijf de naam precies zoals de bestandsnaam.`,
  });
}

/** Row keys as text, as they are written in the CSV's key column. */
function rowKeys(dataset: Dataset): string[] {
  return dataset.rows.map((row) => String(row[dataset.meta.schema.primaryKey]));
}

export function findRow(dataset: Dataset, key: string | number): DatasetRow {
  const keyColumn = dataset.meta.schema.primaryKey;
  const wanted = String(key).trim();
  const found = dataset.rows.find((row) => String(row[keyColumn]) === wanted);
  if (found) return found;
  const keys = rowKeys(dataset);
  throw new DatasetReferenceError({
    attribute: "row",
    problem: `de dataset "${dataset.id}" heeft geen rij "${wanted}".`,
    expected: `een waarde uit de kolom "${keyColumn}" van ${dataset.file.csv}: ${listNames(keys)}`,
    fix: `${didYouMean(wanted, keys).trim() || "Kies een van deze rijen."} Schrijf de rij precies zoals in de CSV, met hoofdletters en spaties.`,
  });
}

/** The column a value is read from: `col` when given, else the dataset's only number column. */
function findValueField(dataset: Dataset, col?: string): DatasetField {
  const fields = dataset.meta.schema.fields;
  const numeric = valueFields(dataset.meta);
  const names = fields.map((candidate) => candidate.name);
  if (col !== undefined) {
    const field = fields.find((candidate) => candidate.name === col);
    if (!field) {
      throw new DatasetReferenceError({
        attribute: "col",
        problem: `de dataset "${dataset.id}" heeft geen kolom "${col}".`,
        expected: `een kolom van ${dataset.file.csv}: ${listNames(names)}`,
        fix: `${didYouMean(col, names).trim() || "Kies een van deze kolommen."} Schrijf de kolomnaam zoals in de eerste rij van de CSV.`,
      });
    }
    return field;
  }
  if (numeric.length === 1) return numeric[0]!;
  throw new DatasetReferenceError(
    numeric.length === 0
      ? {
          problem: `de dataset "${dataset.id}" heeft geen kolom met getallen, dus er moet bij staan welke kolom u bedoelt.`,
          expected: `col="…" met een kolom van ${dataset.file.csv}: ${listNames(names)}`,
          fix: 'Voeg col="…" toe met de kolom die u wilt tonen.',
        }
      : {
          problem: `de dataset "${dataset.id}" heeft meer dan één kolom met getallen, dus er moet bij staan welke u bedoelt.`,
          expected: `col="…" met een van de kolommen ${listNames(numeric.map((field) => field.name))}`,
          fix: 'Voeg col="…" toe met de kolom die u wilt tonen.',
        },
  );
}

/** Everything an inline value shows. */
export interface ResolvedValue {
  dataset: Dataset;
  row: DatasetRow;
  field: DatasetField;
  value: CellValue;
  /** "ruim", "amper" …, or "" when the source has no qualifier. */
  qualifier: string;
  /** The source's own words when it gives no number ("een kwart"), else "". */
  wording: string;
  /** Unit of the value: the row's `eenheid` cell, the column's unit or the dataset's unit. */
  unit: string;
}

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** Looks up one value; every wrong name throws with the valid names. */
export function resolveValue(datasets: readonly Dataset[], of: string, rowKey: string | number, col?: string): ResolvedValue {
  const dataset = findDataset(datasets, of);
  const row = findRow(dataset, rowKey);
  const field = findValueField(dataset, col);
  const isValueColumn = isNumericField(field);
  return {
    dataset,
    row,
    field,
    value: row[field.name] ?? null,
    qualifier: isValueColumn ? text(row[QUALIFIER_COLUMN]) : "",
    wording: isValueColumn ? text(row[WORDING_COLUMN]) : "",
    unit: text(row[UNIT_COLUMN]) || field.unit || dataset.meta.unit,
  };
}
