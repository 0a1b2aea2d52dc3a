import { EditorError } from "../errors";
import { didYouMean, listNames } from "./errors";
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
} from "./types";

/** A reference from a chapter or component to data that does not exist. Stops the build. */
export class DatasetReferenceError extends EditorError {
  override name = "DatasetReferenceError";
}

export function findDataset(datasets: readonly Dataset[], id: string): Dataset {
  const found = datasets.find((dataset) => dataset.id === id);
  if (found) return found;
  const ids = datasets.map((dataset) => dataset.id).sort();
  throw new DatasetReferenceError(
    `Er is geen dataset "${id}".${didYouMean(id, ids)} Kies uit: ${listNames(ids)} (de bestandsnamen in data/ zonder .csv).`,
  );
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
  throw new DatasetReferenceError(
    `De dataset "${dataset.id}" (${dataset.file.csv}) heeft geen rij "${wanted}" in de kolom "${keyColumn}".${didYouMean(wanted, keys)} Kies uit: ${listNames(keys)}.`,
  );
}

/** The column a value is read from: `col` when given, else the dataset's only number column. */
function findValueField(dataset: Dataset, col?: string): DatasetField {
  const fields = dataset.meta.schema.fields;
  const numeric = valueFields(dataset.meta);
  if (col !== undefined) {
    const field = fields.find((candidate) => candidate.name === col);
    const names = fields.map((candidate) => candidate.name);
    if (!field) {
      throw new DatasetReferenceError(
        `De dataset "${dataset.id}" (${dataset.file.csv}) heeft geen kolom "${col}".${didYouMean(col, names)} Kies uit: ${listNames(names)}.`,
      );
    }
    return field;
  }
  if (numeric.length === 1) return numeric[0]!;
  const names = numeric.map((field) => field.name);
  throw new DatasetReferenceError(
    numeric.length === 0
      ? `De dataset "${dataset.id}" (${dataset.file.csv}) heeft geen kolom met getallen; geef met col="…" aan welke kolom u bedoelt. Kies uit: ${listNames(fields.map((field) => field.name))}.`
      : `De dataset "${dataset.id}" (${dataset.file.csv}) heeft meer dan één kolom met getallen; geef met col="…" aan welke u bedoelt. Kies uit: ${listNames(names)}.`,
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
