/** A dataset as a table: what <DataTable> and the table under each figure show. */
import { formatDate, formatInlineValue } from "../format.ts";
import { QUALIFIER_COLUMN, STATUS_COLUMN, isNumericField, type Dataset, type DatasetField, type DatasetRow } from "../datasets/types.ts";
import { UNKNOWN } from "../../schemas/dataset.ts";
import { findField, selectRows } from "./select.ts";
import { text } from "./source-line.ts";

export interface TableCell {
  text: string;
  numeric: boolean;
  /** The source does not give this value: shown as "onbekend (open punt)". */
  unknown: boolean;
}

export interface TableModel {
  columns: { name: string; title: string; numeric: boolean }[];
  /** First cell is the row header (the key column), unless the key column is not shown. */
  rows: TableCell[][];
  rowHeaders: boolean;
}

export const unknownCellText = `${UNKNOWN} (open punt)`;

function cellText(field: DatasetField, row: DatasetRow): string {
  const value = row[field.name];
  if (value === null || value === undefined) return "";
  if (field.type === "boolean") return value ? "ja" : "nee";
  if (field.type === "date" && typeof value === "string") return formatDate(value);
  if (field.type === "year") return String(value);
  if (isNumericField(field)) {
    // The column header names the unit; the source's words have their own column.
    return formatInlineValue({ value, type: field.type, qualifier: text(row[QUALIFIER_COLUMN]), showUnit: false }).text;
  }
  return String(value);
}

/**
 * The data as a table. The qualifier column is folded into the numbers ("ruim 10.000"); an empty
 * cell in a row whose status is "onbekend" reads "onbekend (open punt)", never blank.
 */
export function tableModel(dataset: Dataset, options: { columns?: readonly string[] | undefined; rows?: readonly string[] | undefined }): TableModel {
  const fields = dataset.meta.schema.fields;
  const shown =
    options.columns === undefined
      ? fields.filter((field) => field.name !== QUALIFIER_COLUMN)
      : options.columns.map((name) => findField(dataset, name, "columns"));
  const key = dataset.meta.schema.primaryKey;
  const rowHeaders = shown[0]?.name === key;
  const rows = selectRows(dataset, options.rows).map((row) => {
    const rowUnknown = text(row[STATUS_COLUMN]) === UNKNOWN;
    return shown.map((field) => {
      const textValue = cellText(field, row);
      const numeric = isNumericField(field);
      if (textValue === "" && rowUnknown) return { text: unknownCellText, numeric: false, unknown: true };
      return { text: textValue, numeric, unknown: textValue === UNKNOWN };
    });
  });
  return {
    columns: shown.map((field) => ({ name: field.name, title: field.title, numeric: isNumericField(field) })),
    rows,
    rowHeaders,
  };
}
