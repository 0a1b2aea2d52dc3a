import type { DatasetField, DatasetMeta } from "../../schemas/dataset.ts";

export type { DatasetChange, DatasetField, DatasetMeta, DatasetSource, FieldType } from "../../schemas/dataset.ts";

/** One cell after reading: `string`/`date` -> string (date as JJJJ-MM-DD), `number`/`integer`/`year`
 * -> number, `boolean` -> boolean, an empty cell -> null. */
export type CellValue = string | number | boolean | null;

/** One CSV row, keyed by column name (`schema.fields[].name`). */
export type DatasetRow = Record<string, CellValue>;

/** Conventional column names with a meaning for <Value> and charts (see data/README.md). */
export const QUALIFIER_COLUMN = "kwalificatie"; // "ruim", "amper", "ongeveer": shown before the number
export const WORDING_COLUMN = "weergave"; // the source's own words instead of the number ("een kwart")
export const STATUS_COLUMN = "status"; // e.g. "onbekend" when the source lost a value

export interface DatasetFiles {
  /** Paths relative to the project root, as an editor finds them: "data/eenzaamheid.csv". */
  csv: string;
  meta: string;
}

/** A validated dataset, as pages, checks and editions read it. */
export interface Dataset {
  /** The file name without extension: data/<id>.csv -> "<id>". */
  id: string;
  meta: DatasetMeta;
  rows: DatasetRow[];
  file: DatasetFiles;
}

/** A column of amounts (number or integer); a year is not one. */
export function isNumericField(field: DatasetField): boolean {
  return field.type === "number" || field.type === "integer";
}

/** Columns that hold the numbers a <Value> shows (number and integer; not year). */
export function valueFields(meta: DatasetMeta): DatasetField[] {
  return meta.schema.fields.filter(isNumericField);
}

/** Download address of a dataset version, also used by the data page. */
export function datasetDownloadPath(id: string, version: number): string {
  return `/data/${id}/v${version}.csv`;
}

/** Optional per-row unit, for datasets whose rows count different things (woningen, personen). */
export const UNIT_COLUMN = "eenheid";
