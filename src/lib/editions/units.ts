/** A chapter as the renvooi compares it: a list of units in reading order (its title, each
 * numbered heading, paragraph and list item, each figure, table and footnote), each with what
 * a reader reads in it. Inline values, figure references and footnote marks are atoms: a word
 * diff treats "56%" as one word, so a changed number shows as old and new, never as "5<del>6</del>".
 * Atoms compare by what they stand for, not by their number: "figuur 3" that became "figuur 4"
 * because a figure came before it, or footnote 2 that became 3, is no change. */
import { figureIndex } from "../content/figure-index.ts";
import { flagAttribute, listAttribute, textAttribute } from "../content/model/attributes.ts";
import type { Attributes, Block, ChapterModel, Inline } from "../content/model/types.ts";
import { allBlocks, ownInlines } from "../content/model/walk.ts";
import { inlineValue } from "../datasets/inline-value.ts";
import { findDataset } from "../datasets/lookup.ts";
import type { Dataset } from "../datasets/types.ts";
import { keyOf, selectRows } from "../figures/select.ts";
import { tableModel } from "../figures/table-model.ts";
import { t } from "../../i18n/t.ts";
import type { DocumentSource } from "./source.ts";

/** A number from the data, as it reads in the sentence, with where it comes from. */
export interface ValueAtom {
  kind: "value";
  text: string;
  /** Dataset, row and column: the same number in both editions has the same key. */
  key: string;
  dataset: Dataset;
  row: string;
  column: string;
}

export type Piece =
  | { kind: "text"; text: string }
  | ValueAtom
  /** "figuur 3", referring to the figure with id `to`. */
  | { kind: "ref"; text: string; to: string }
  /** A footnote mark: its number through the document. */
  | { kind: "footnote"; text: string };

export type Atom = Exclude<Piece, { kind: "text" }>;

/** What an atom is compared on: a number by how it reads, a figure reference by the figure it
 * names, a footnote mark by being one (the footnote's own text is a unit of its own). */
export function atomIdentity(atom: Atom): string {
  switch (atom.kind) {
    case "value":
      return `value\u0000${atom.text}`;
    case "ref":
      return `ref\u0000${atom.to}`;
    case "footnote":
      return "footnote";
  }
}

/** A table as a reader sees it: a data table, a figure's table of values, or a Markdown table. */
export interface TableShape {
  /** Columns by a stable id (a dataset's field name; a Markdown table's position). */
  columns: { id: string; title: Piece[]; numeric: boolean }[];
  /** Rows by their key (the dataset's key column) when they have one; a Markdown table's rows are
   * aligned by their text instead. */
  rows: { key: string | undefined; cells: Piece[][] }[];
  /** The first column names the row (it is the key column). */
  rowHeaders: boolean;
  /** Data cells are values, shown old and new whole; a Markdown table's cells are text, diffed word by word. */
  cells: "values" | "words";
}

export type UnitKind = "title" | "heading" | "paragraph" | "list-item" | "figure" | "data-table" | "table" | "open-point" | "footnote" | "note-title" | "quote-source";

/** The dataset behind a figure or a data table, to tell whether its numbers changed. */
export interface UnitData {
  dataset: Dataset;
}

export interface Unit {
  kind: UnitKind;
  /** "2.14" for headings, paragraphs and list items; undefined for the rest. */
  number: string | undefined;
  /** What makes two units the same one beyond their text: a figure's id, a table's dataset, a footnote's number. */
  identity: string | undefined;
  /** A figure's number ("3"), a footnote's number. */
  ordinal: number | undefined;
  pieces: Piece[];
  data: UnitData | undefined;
  /** The cells of a data table, a figure's table of values or a Markdown table. */
  table: TableShape | undefined;
}

/** The words of a unit with its atoms as they read. */
export function unitText(unit: Pick<Unit, "pieces">): string {
  return unit.pieces.map((piece) => piece.text).join("");
}

/** What two units are compared on: their words, and each atom by what it stands for. */
export function comparableText(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (piece.kind === "text" ? piece.text : `\u0000${atomIdentity(piece)}\u0000`)).join("");
}

/** A table's cells as one text, to tell whether anything in them changed. */
export function tableText(table: TableShape | undefined): string {
  if (!table) return "";
  const cells = (pieces: readonly Piece[][]) => pieces.map(comparableText).join("\u0001");
  return [cells(table.columns.map((column) => column.title)), ...table.rows.map((row) => `${row.key ?? ""}\u0002${cells(row.cells)}`)].join("\u0003");
}

/** Soft line breaks and runs of spaces read as one space. */
function text(value: string): Piece {
  return { kind: "text", text: value.replace(/\s+/g, " ") };
}

class UnitReader {
  private readonly source: DocumentSource;
  private readonly chapter: ChapterModel;
  private readonly figures: ReturnType<typeof figureIndex>;

  constructor(source: DocumentSource, chapter: ChapterModel) {
    this.source = source;
    this.chapter = chapter;
    this.figures = figureIndex(source.model);
  }

  units(): Unit[] {
    const units: Unit[] = [this.unit("title", undefined, [text(this.chapter.title)])];
    for (const { block } of allBlocks(this.chapter.blocks)) units.push(...this.blockUnits(block));
    for (const footnote of this.chapter.footnotes) {
      const pieces = [...allBlocks(footnote.children)].flatMap(({ block }, index) => [...(index > 0 ? [text(" ")] : []), ...this.pieces(ownInlines(block))]);
      units.push({ ...this.unit("footnote", undefined, pieces), ordinal: footnote.footnoteNumber });
    }
    return units.map((unit) => ({ ...unit, pieces: trimmed(unit.pieces) })).filter((unit) => unit.pieces.length > 0 || unit.data || unit.table);
  }

  private unit(kind: UnitKind, identity: string | undefined, pieces: Piece[], number?: string): Unit {
    return { kind, number, identity, ordinal: undefined, pieces, data: undefined, table: undefined };
  }

  private blockUnits(block: Block): Unit[] {
    switch (block.kind) {
      case "heading":
      case "paragraph":
      case "list-item":
        return [this.unit(block.kind, undefined, this.pieces(block.inlines), block.number)];
      case "figure":
        return [this.figureUnit(block.attributes)];
      case "data-table":
        return [this.dataTableUnit(block.attributes)];
      case "table":
        return [{ ...this.unit("table", undefined, this.tablePieces(block.rows)), table: this.markdownTable(block.rows) }];
      case "open-point": {
        const reason = textAttribute(block.attributes, "reason");
        return flagAttribute(block.attributes, "block") && reason ? [this.unit("open-point", undefined, [text(`${t("openPoint.label")}: ${reason}`)])] : [];
      }
      case "note": {
        const title = textAttribute(block.attributes, "title");
        return title ? [this.unit("note-title", undefined, [text(title)])] : [];
      }
      case "quote":
        return block.source ? [this.unit("quote-source", undefined, [text(`— ${block.source}`)])] : [];
      default:
        return [];
    }
  }

  /** A Markdown table reads row by row: cells apart by " · ", rows by " | ". */
  private tablePieces(rows: readonly { cells: Inline[][] }[]): Piece[] {
    const joined = <T>(parts: readonly T[], separator: string, read: (part: T) => Piece[]) =>
      parts.flatMap((part, index) => [...(index > 0 ? [text(separator)] : []), ...read(part)]);
    return joined(rows, " | ", (row) => joined(row.cells, " · ", (cell) => this.pieces(cell)));
  }

  /** A Markdown table: its first row is the header; columns by position, rows without a key. */
  private markdownTable(rows: readonly { cells: Inline[][] }[]): TableShape {
    const [header, ...body] = rows;
    return {
      columns: (header?.cells ?? []).map((cell, index) => ({ id: String(index), title: this.cellPieces(cell), numeric: false })),
      rows: body.map((row) => ({ key: undefined, cells: row.cells.map((cell) => this.cellPieces(cell)) })),
      rowHeaders: false,
      cells: "words",
    };
  }

  private cellPieces(cell: readonly Inline[]): Piece[] {
    return trimmed(this.pieces(cell));
  }

  /** The table a data table or a figure shows: the columns and rows its tag chooses, as they read. */
  private dataTable(dataset: Dataset, attributes: Attributes, columns: readonly string[] | undefined): TableShape {
    const rows = listAttribute(attributes, "rows");
    const model = tableModel(dataset, { columns, rows });
    const keys = selectRows(dataset, rows).map((row) => keyOf(dataset, row));
    return {
      columns: model.columns.map((column) => ({ id: column.name, title: [text(column.title)], numeric: column.numeric })),
      rows: model.rows.map((cells, index) => ({ key: keys[index], cells: cells.map((cell) => (cell.text === "" ? [] : [text(cell.text)])) })),
      rowHeaders: model.rowHeaders,
      cells: "values",
    };
  }

  private datasetOf(id: string | undefined): Dataset | undefined {
    return id === undefined ? undefined : findDataset(this.source.datasets, id);
  }

  /** A figure reads as its title and caption (the dataset's, when the tag names none); its
   * numbers are the table of values under it. */
  private figureUnit(attributes: Attributes): Unit {
    const id = textAttribute(attributes, "id");
    const dataset = this.datasetOf(textAttribute(attributes, "dataset"));
    const title = textAttribute(attributes, "title") ?? dataset?.meta.title ?? "";
    const caption = textAttribute(attributes, "caption") ?? dataset?.meta.description ?? "";
    return {
      ...this.unit("figure", id, [text(`${title}. ${caption}`)]),
      ordinal: id === undefined ? undefined : this.figures.get(id)?.number,
      data: dataset && { dataset },
      table: dataset && this.dataTable(dataset, attributes, undefined),
    };
  }

  private dataTableUnit(attributes: Attributes): Unit {
    const id = textAttribute(attributes, "dataset");
    const dataset = this.datasetOf(id);
    return {
      ...this.unit("data-table", id, [text(textAttribute(attributes, "caption") ?? dataset?.meta.title ?? "")]),
      data: dataset && { dataset },
      table: dataset && this.dataTable(dataset, attributes, listAttribute(attributes, "columns")),
    };
  }

  private pieces(inlines: readonly Inline[]): Piece[] {
    return inlines.flatMap((inline): Piece[] => {
      switch (inline.kind) {
        case "text":
          return [text(inline.text)];
        case "value":
          return [this.value(inline.attributes)];
        case "ref": {
          const to = textAttribute(inline.attributes, "to");
          const place = to === undefined ? undefined : this.figures.get(to);
          return [{ kind: "ref", text: t("figure.ref", { n: place?.number ?? "?" }), to: to ?? "" }];
        }
        case "footnote-ref": {
          const footnote = this.chapter.footnotes.find((candidate) => candidate.label === inline.label);
          return [{ kind: "footnote", text: String(footnote?.footnoteNumber ?? inline.label) }];
        }
        case "open-point": {
          const reason = textAttribute(inline.attributes, "reason");
          return [...this.pieces(inline.children), ...(reason ? [text(` (${t("openPoint.label").toLowerCase()}: ${reason})`)] : [])];
        }
        case "image":
          return [];
        default:
          return this.pieces(inline.children);
      }
    });
  }

  private value(attributes: Attributes): ValueAtom {
    const of = textAttribute(attributes, "of") ?? "";
    const row = textAttribute(attributes, "row") ?? "";
    const col = textAttribute(attributes, "col");
    const flag = (name: string) => (typeof attributes[name] === "boolean" ? (attributes[name] as boolean) : undefined);
    const value = inlineValue(this.source.datasets, { of, row, col, unit: flag("unit"), qualifier: flag("qualifier"), capitalize: flag("capitalize") });
    return { kind: "value", text: value.text, key: `${of}\u0000${row}\u0000${value.resolved.field.name}`, dataset: value.resolved.dataset, row, column: value.resolved.field.name };
  }
}

/** Leading and trailing spaces of a unit say nothing. */
function trimmed(pieces: readonly Piece[]): Piece[] {
  const result = pieces.filter((piece) => piece.text !== "");
  const first = result[0];
  const last = result.at(-1);
  if (first?.kind === "text") result[0] = { ...first, text: first.text.trimStart() };
  if (last?.kind === "text") result[result.length - 1] = { ...last, text: last.text.trimEnd() };
  return result.filter((piece) => piece.text !== "");
}

/** The units of one chapter of a document, in reading order. */
export function chapterUnits(source: DocumentSource, chapter: ChapterModel): Unit[] {
  return new UnitReader(source, chapter).units();
}
