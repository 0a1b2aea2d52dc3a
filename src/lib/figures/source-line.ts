/** How a dataset's values and provenance read under a figure or table: the same words as <Value>. */
import { formatDate, formatInlineValue, formatMonth } from "../format.ts";
import {
  QUALIFIER_COLUMN,
  UNIT_COLUMN,
  WORDING_COLUMN,
  type CellValue,
  type DatasetField,
  type DatasetMeta,
  type DatasetRow,
} from "../datasets/types.ts";
import { UNKNOWN } from "../../schemas/dataset.ts";

/** Unit of one column: its own, or the dataset's. */
function unitOf(meta: DatasetMeta, field: DatasetField): string {
  return field.unit ?? meta.unit;
}

export function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * A value as a chart prints it: exactly as <Value> prints it in the prose (qualifier, Dutch
 * number, "%" but no unit words, or the source's own words such as "een kwart"), so a reader
 * finds the same text in sentence, chart and table.
 */
export function displayValue(meta: DatasetMeta, field: DatasetField, row: DatasetRow): string {
  return formatInlineValue({
    value: row[field.name] ?? null,
    type: field.type,
    qualifier: text(row[QUALIFIER_COLUMN]),
    wording: text(row[WORDING_COLUMN]),
    unit: text(row[UNIT_COLUMN]) || unitOf(meta, field),
  }).text;
}

/** "1 januari 2024", "mei 2025", "2024", or "onbekend". */
export function formatPeildatum(peildatum: string): string {
  if (peildatum === UNKNOWN) return UNKNOWN;
  if (/^\d{4}$/.test(peildatum)) return peildatum;
  if (/^\d{4}-\d{2}$/.test(peildatum)) return formatMonth(peildatum);
  return formatDate(peildatum);
}

/** "Trendbureau Drenthe, Rapportage …" or "onbekend" when the visie names neither. */
export function sourceText(meta: DatasetMeta): string {
  const parts = [meta.source.publisher, meta.source.document].filter((part) => part !== UNKNOWN);
  return parts.length > 0 ? parts.join(", ") : UNKNOWN;
}
