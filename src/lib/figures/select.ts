/** Which rows and columns of a dataset a figure or table shows, checked against the dataset. */
import { FigureError } from "../content/figure-index.ts";
import type { Dataset, DatasetField, DatasetRow } from "../datasets/types.ts";
import { didYouMean, listNames } from "../names.ts";

export function keyOf(dataset: Dataset, row: DatasetRow): string {
  return String(row[dataset.meta.schema.primaryKey]);
}

/** The column `name` of the dataset; `attribute` is the component's attribute that names it. */
export function findField(dataset: Dataset, name: string, attribute: string): DatasetField {
  const fields = dataset.meta.schema.fields;
  const field = fields.find((candidate) => candidate.name === name);
  if (field) return field;
  const names = fields.map((f) => f.name);
  throw new FigureError({
    attribute,
    problem: `de dataset "${dataset.id}" heeft geen kolom "${name}".`,
    expected: `een kolom van ${dataset.file.csv}: ${listNames(names)}`,
    fix: `${didYouMean(name, names).trim() || "Kies een van deze kolommen."} Schrijf de kolomnaam zoals in de eerste rij van de CSV.`,
  });
}

export function selectRows(dataset: Dataset, rows: readonly string[] | undefined): DatasetRow[] {
  if (rows === undefined) return dataset.rows;
  const keys = dataset.rows.map((row) => keyOf(dataset, row));
  return rows.map((wanted) => {
    const row = dataset.rows.find((candidate) => keyOf(dataset, candidate) === String(wanted));
    if (row) return row;
    throw new FigureError({
      attribute: "rows",
      problem: `de dataset "${dataset.id}" heeft geen rij "${wanted}".`,
      expected: `waarden uit de kolom "${dataset.meta.schema.primaryKey}" van ${dataset.file.csv}: ${listNames(keys)}`,
      fix: `${didYouMean(String(wanted), keys).trim() || "Kies uit deze rijen."} Schrijf elke rij precies zoals in de CSV.`,
    });
  });
}
