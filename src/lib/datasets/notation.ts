/**
 * How a dataset's CSV is written, in the terms of Frictionless Table Schema and CSV Dialect (v1),
 * so that another program reads the file exactly as the site does.
 *
 * The CSV is published as the editor keeps it (Dutch Excel: `;`, decimal comma, "1.700" for
 * thousands, dates as 1-1-2024, ja/nee). Frictionless can say most of that per column
 * (decimalChar, groupChar, a date format, trueValues), but only one notation per column: a column
 * with "1.7" (decimal point) beside "41,3" or "1.700" cannot be described, so it is an error the
 * editor fixes (see {@link notationProblems}).
 */
import type { CsvTable } from "./csv.ts";
import type { DatasetProblem } from "./errors.ts";
import type { DatasetField, DatasetMeta } from "./types.ts";

/** The lexical properties of one Frictionless field, beside its name and title. */
export interface FieldNotation {
  /** `integer` becomes `number` when its cells group thousands ("5.318"): a v1 integer has no groupChar. */
  type: "string" | "number" | "integer" | "year" | "date" | "boolean";
  decimalChar?: ",";
  groupChar?: ".";
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
}

type Notation = { ok: true; notation: FieldNotation } | { ok: false; row: number; cell: string; kind: "number" | "date" };

interface Cell {
  row: number;
  text: string;
}

const thousands = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
const decimalComma = /^-?\d+,\d+$/;
const decimalPoint = /^-?\d+\.\d+$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The date format Frictionless (strptime) reads "1-1-2024" and "01-01-2024" with. */
export const DUTCH_DATE_FORMAT = "%d-%m-%Y";

/** Of two cells in different notations, the one further down: where the column stops agreeing. */
const later = (a: Cell, b: Cell): Cell => (a.row > b.row ? a : b);

function numberNotation(field: DatasetField, cells: readonly Cell[]): Notation {
  const grouped = cells.filter((cell) => thousands.test(cell.text));
  const comma = cells.filter((cell) => decimalComma.test(cell.text) || (thousands.test(cell.text) && cell.text.includes(",")));
  const point = cells.filter((cell) => decimalPoint.test(cell.text) && !thousands.test(cell.text));
  const dutch = [...grouped, ...comma].sort((a, b) => a.row - b.row);
  if (point[0] && dutch[0]) {
    const cell = later(point[0], dutch[0]);
    return { ok: false, row: cell.row, cell: cell.text, kind: "number" };
  }
  const whole = field.type === "integer" && dutch.length === 0 && point.length === 0;
  return {
    ok: true,
    notation: {
      type: whole ? "integer" : "number",
      ...(comma.length > 0 ? { decimalChar: "," as const } : {}),
      ...(grouped.length > 0 ? { groupChar: "." as const } : {}),
    },
  };
}

function dateNotation(cells: readonly Cell[]): Notation {
  const iso = cells.filter((cell) => isoDate.test(cell.text));
  const dutch = cells.filter((cell) => !isoDate.test(cell.text));
  if (iso[0] && dutch[0]) {
    const cell = later(iso[0], dutch[0]);
    return { ok: false, row: cell.row, cell: cell.text, kind: "date" };
  }
  return { ok: true, notation: { type: "date", ...(dutch.length > 0 ? { format: DUTCH_DATE_FORMAT } : {}) } };
}

const trueWords = new Set(["ja", "waar", "true"]);

function booleanNotation(cells: readonly Cell[]): FieldNotation {
  const spelled = (wanted: boolean) => [
    ...new Set(cells.map((cell) => cell.text).filter((text) => trueWords.has(text.toLowerCase()) === wanted)),
  ];
  const trueValues = spelled(true);
  const falseValues = spelled(false);
  return {
    type: "boolean",
    trueValues: trueValues.length > 0 ? trueValues : ["ja"],
    falseValues: falseValues.length > 0 ? falseValues : ["nee"],
  };
}

function notationOf(field: DatasetField, cells: readonly Cell[]): Notation {
  switch (field.type) {
    case "number":
    case "integer":
      return numberNotation(field, cells);
    case "date":
      return dateNotation(cells);
    case "boolean":
      return { ok: true, notation: booleanNotation(cells) };
    case "string":
    case "year":
      return { ok: true, notation: { type: field.type } };
  }
}

/** The non-empty cells of one column, trimmed as the site reads them. */
function columnCells(table: CsvTable, name: string): Cell[] {
  const index = table.header.indexOf(name);
  return table.records
    .map((record) => ({ row: record.row, text: (record.cells[index] ?? "").trim() }))
    .filter((cell) => cell.text !== "");
}

/** The notation of every column of a checked dataset, by column name. */
export function fieldNotations(table: CsvTable, meta: DatasetMeta): Map<string, FieldNotation> {
  const notations = new Map<string, FieldNotation>();
  for (const field of meta.schema.fields) {
    const result = notationOf(field, columnCells(table, field.name));
    if (!result.ok) throw new Error(`Column ${field.name} mixes notations; the data loader should have stopped.`);
    notations.set(field.name, result.notation);
  }
  return notations;
}

/** Columns that mix two notations Frictionless cannot tell apart, as problems for the editor. */
export function notationProblems(table: CsvTable, meta: DatasetMeta, file: string): DatasetProblem[] {
  return meta.schema.fields.flatMap((field): DatasetProblem[] => {
    const result = notationOf(field, columnCells(table, field.name));
    if (result.ok) return [];
    const base = { file, row: result.row, column: field.name, found: result.cell };
    return [
      result.kind === "number"
        ? {
            ...base,
            problem: "in deze kolom staan getallen met een decimaalpunt (1.7) naast getallen met een decimaalkomma of een punt voor duizendtallen (41,3 of 1.700).",
            expected: "één schrijfwijze per kolom, zodat ook andere programma's de download goed lezen",
            fix: "Schrijf decimalen in deze kolom overal met een komma, bijvoorbeeld 1,7 in plaats van 1.7.",
          }
        : {
            ...base,
            problem: "in deze kolom staan datums als 2024-01-01 naast datums als 1-1-2024.",
            expected: "één schrijfwijze per kolom, zodat ook andere programma's de download goed lezen",
            fix: "Schrijf alle datums in deze kolom op dezelfde manier, bij voorkeur als JJJJ-MM-DD (2024-01-01).",
          },
    ];
  });
}
