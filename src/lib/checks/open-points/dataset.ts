import { yamlPosition } from "../../yaml-position.ts";
import { UNKNOWN } from "../../../schemas/dataset.ts";
import type { Dataset } from "../../datasets/types.ts";
import { dutchList } from "../../format.ts";
import type { CheckOutcome } from "../consistency/run.ts";
import type { OpenPoint } from "./types.ts";

function yamlLine(yamlText: string, path: readonly (string | number)[]): number {
  return yamlPosition(yamlText, path)?.line ?? 1;
}

const isUnknown = (value: unknown) => typeof value === "string" && value.trim().toLowerCase() === UNKNOWN;

/** A dataset whose source, peildatum or licence is not known: one point per dataset, naming
 * every unknown fact, so 22 datasets without a licence do not add 22 lines of their own. */
export function missingProvenance(dataset: Dataset, yamlText: string): OpenPoint[] {
  const { source, peildatum, licence } = dataset.meta;
  const missing: { what: string; path: string[] }[] = [];
  if (isUnknown(source.publisher) || isUnknown(source.document)) {
    const parts = [isUnknown(source.publisher) && "uitgever", isUnknown(source.document) && "document"].filter(Boolean);
    missing.push({ what: `de bron (${parts.join(" en ")})`, path: ["source", isUnknown(source.publisher) ? "publisher" : "document"] });
  }
  if (isUnknown(peildatum)) missing.push({ what: "de peildatum", path: ["peildatum"] });
  if (isUnknown(licence)) missing.push({ what: "de licentie", path: ["licence"] });
  if (missing.length === 0) return [];
  const lines = missing.map((m) => yamlLine(yamlText, m.path));
  return [
    {
      kind: "missing-source",
      file: dataset.file.meta,
      line: Math.min(...lines),
      message: `Van de cijfers "${dataset.meta.title}" is niet bekend: ${dutchList(missing.map((m) => m.what))}.`,
    },
  ];
}

function rowsWithUnknowns(dataset: Dataset) {
  const key = dataset.meta.schema.primaryKey;
  return dataset.rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => Object.entries(row).some(([column, value]) => column !== key && isUnknown(value)));
}

/** Names (primary key values) of the rows with a cell marked `onbekend`. */
export function unknownRowNames(dataset: Dataset): string[] {
  return rowsWithUnknowns(dataset).map(({ row }) => String(row[dataset.meta.schema.primaryKey]));
}

/** Rows with a cell marked `onbekend`: one point per dataset, naming the rows. */
export function unknownRows(dataset: Dataset): OpenPoint[] {
  const key = dataset.meta.schema.primaryKey;
  const rows = rowsWithUnknowns(dataset);
  if (rows.length === 0) return [];
  const names = rows.map(({ row }) => String(row[key]));
  const count = rows.length === dataset.rows.length ? `Bij alle ${rows.length} rijen` : `Bij ${rows.length} van de ${dataset.rows.length} rijen`;
  return [
    {
      kind: "unknown-data",
      file: dataset.file.csv,
      // Row 1 of the spreadsheet is the header.
      line: rows[0]!.index + 2,
      message: `${count} van "${dataset.meta.title}" is een gegeven onbekend: ${names.join(", ")}.`,
    },
  ];
}

/** A failed consistency check, at the line of the check in the dataset's YAML. */
export function inconsistency(outcome: CheckOutcome, yamlText: string): OpenPoint {
  return {
    kind: "inconsistent",
    file: outcome.file,
    line: yamlLine(yamlText, ["checks", outcome.index]),
    message: outcome.message,
  };
}
