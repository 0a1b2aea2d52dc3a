/** A table in the renvooi: each cell old and new ("was"/"wordt"), rows and columns that came or
 * went marked as such. Data tables and a figure's table of values line up rows by their key and
 * columns by their field; a Markdown table lines up columns by position and rows by their text. */
import { alignByContent, alignByKey, type Step } from "./align.ts";
import { comparableText, type Piece, type TableShape } from "./units.ts";
import { diffUnits, wholeUnit, type Segment } from "./word-diff.ts";

/** same: as it was; changed: its content differs; added/removed: only the new or the old table has it. */
export type TablePartChange = "same" | "changed" | "added" | "removed";

export interface CellDiff {
  change: TablePartChange;
  /** The cell's content with the marks: old value removed and new value added, or word by word. */
  segments: Segment[];
}

export interface ColumnDiff {
  /** The dataset's field name, or a Markdown table's column position ("0", "1", …). */
  id: string;
  change: TablePartChange;
  /** The column header, with marks when it changed. */
  title: Segment[];
  numeric: boolean;
}

export interface RowDiff {
  change: TablePartChange;
  /** The row's key (its value in the dataset's key column); undefined in a Markdown table. */
  key: string | undefined;
  /** One per column of the diff, in the same order. */
  cells: CellDiff[];
}

export interface TableDiff {
  /** The new table's columns in its order, a column that is gone after the one it followed. */
  columns: ColumnDiff[];
  /** The same for the rows. */
  rows: RowDiff[];
  /** The first column names the row. */
  rowHeaders: boolean;
  /** Cells whose content changed in rows that are in both tables. */
  changedCells: number;
}

type Row = TableShape["rows"][number];
type Column = TableShape["columns"][number];

/** Two cells' contents: as values (old and new whole) or as words. */
function cellDiff(before: readonly Piece[] | undefined, after: readonly Piece[] | undefined, cells: TableShape["cells"]): CellDiff {
  if (before === undefined) return { change: "added", segments: wholeUnit(after ?? [], "added") };
  if (after === undefined) return { change: "removed", segments: wholeUnit(before, "removed") };
  if (comparableText(before) === comparableText(after)) return { change: "same", segments: wholeUnit(after, "same") };
  const segments = cells === "values" ? [...wholeUnit(before, "removed"), ...wholeUnit(after, "added")] : diffUnits(before, after).segments;
  return { change: "changed", segments };
}

function columnSteps(before: TableShape | undefined, after: TableShape | undefined): Step<Column, true>[] {
  return alignByKey(before?.columns ?? [], after?.columns ?? [], (column) => column.id);
}

/** Rows of a data table by key; a Markdown table's rows by their text, a changed row being one
 * that still reads at least half alike. */
function rowSteps(before: TableShape | undefined, after: TableShape | undefined): Step<Row, unknown>[] {
  const oldRows = before?.rows ?? [];
  const newRows = after?.rows ?? [];
  if ([...oldRows, ...newRows].every((row) => row.key !== undefined)) return alignByKey(oldRows, newRows, (row) => row.key!);
  const joined = (row: Row) => row.cells.flatMap((cell, index) => [...(index > 0 ? [{ kind: "text" as const, text: " " }] : []), ...cell]);
  return alignByContent(
    oldRows,
    newRows,
    (row) => row.cells.map(comparableText).join("\u0001"),
    (a, b) => (diffUnits(joined(a), joined(b)).similarity >= 0.5 ? true : undefined),
  );
}

export function diffTables(before: TableShape | undefined, after: TableShape | undefined): TableDiff {
  const cells = after?.cells ?? before?.cells ?? "values";
  const columnOrder = columnSteps(before, after);
  const columns = columnOrder.map((step): ColumnDiff => {
    const column = step.op === "removed" ? step.before : step.after;
    const title = cellDiff(step.op === "added" ? undefined : step.before.title, step.op === "removed" ? undefined : step.after.title, "words");
    return { id: column.id, change: title.change, title: title.segments, numeric: column.numeric };
  });
  const oldIndex = new Map((before?.columns ?? []).map((column, index) => [column.id, index]));
  const newIndex = new Map((after?.columns ?? []).map((column, index) => [column.id, index]));
  let changedCells = 0;
  const rows = rowSteps(before, after).map((step): RowDiff => {
    const oldRow = step.op === "added" ? undefined : step.before;
    const newRow = step.op === "removed" ? undefined : step.after;
    const rowCells = columns.map((column) => {
      const oldAt = oldIndex.get(column.id);
      const newAt = newIndex.get(column.id);
      return cellDiff(oldRow && oldAt !== undefined ? oldRow.cells[oldAt] ?? [] : undefined, newRow && newAt !== undefined ? newRow.cells[newAt] ?? [] : undefined, cells);
    });
    const paired = oldRow !== undefined && newRow !== undefined;
    if (paired) changedCells += rowCells.filter((cell) => cell.change === "changed").length;
    const change: TablePartChange = !oldRow ? "added" : !newRow ? "removed" : rowCells.some((cell) => cell.change !== "same") ? "changed" : "same";
    return { change, key: (newRow ?? oldRow)!.key, cells: rowCells };
  });
  return { columns, rows, rowHeaders: after?.rowHeaders ?? before?.rowHeaders ?? false, changedCells };
}

/** Does the table read differently: a cell, a header, a row or a column? */
export function tableChanged(table: TableDiff): boolean {
  return table.columns.some((column) => column.change !== "same") || table.rows.some((row) => row.change !== "same");
}
