/** Which rows and columns of a dataset a figure or table shows, checked against the dataset. */
import { FigureError } from "../content/figure-index";
import type { Dataset, DatasetField, DatasetRow } from "../datasets/types";

export function listQuoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

export function keyOf(dataset: Dataset, row: DatasetRow): string {
  return String(row[dataset.meta.schema.primaryKey]);
}

export function findField(dataset: Dataset, name: string, role: string, where: string): DatasetField {
  const fields = dataset.meta.schema.fields;
  const field = fields.find((candidate) => candidate.name === name);
  if (field) return field;
  throw new FigureError(
    `${where}: de dataset "${dataset.id}" (${dataset.file.csv}) heeft geen kolom "${name}" (${role}). Kies uit: ${listQuoted(fields.map((f) => f.name))}.`,
  );
}

export function selectRows(dataset: Dataset, rows: readonly string[] | undefined, where: string): DatasetRow[] {
  if (rows === undefined) return dataset.rows;
  const keys = dataset.rows.map((row) => keyOf(dataset, row));
  return rows.map((wanted) => {
    const row = dataset.rows.find((candidate) => keyOf(dataset, candidate) === String(wanted));
    if (row) return row;
    throw new FigureError(
      `${where}: de dataset "${dataset.id}" (${dataset.file.csv}) heeft geen rij "${wanted}" in de kolom "${dataset.meta.schema.primaryKey}". Kies uit: ${listQuoted(keys)}.`,
    );
  });
}
