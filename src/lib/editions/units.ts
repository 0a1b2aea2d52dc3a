/** A chapter as the renvooi compares it: a list of units in reading order (its title, each
 * numbered heading, paragraph and list item, each figure, table and footnote), each with what
 * a reader reads in it. Inline values, figure references and footnote marks are atoms: a word
 * diff treats "56%" as one word, so a changed number shows as old and new, never as "5<del>6</del>". */
import { figureIndex } from "../content/figure-index.ts";
import { flagAttribute, textAttribute } from "../content/model/attributes.ts";
import type { Attributes, Block, ChapterModel, Inline } from "../content/model/types.ts";
import { allBlocks, ownInlines } from "../content/model/walk.ts";
import { inlineValue } from "../datasets/inline-value.ts";
import { findDataset } from "../datasets/lookup.ts";
import type { Dataset } from "../datasets/types.ts";
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
  /** "figuur 3" */
  | { kind: "ref"; text: string }
  /** A footnote mark: its number through the document. */
  | { kind: "footnote"; text: string };

export type Atom = Exclude<Piece, { kind: "text" }>;

export type UnitKind = "title" | "heading" | "paragraph" | "list-item" | "figure" | "data-table" | "table" | "open-point" | "footnote" | "note-title" | "quote-source";

/** The dataset behind a figure or a data table, to tell whether its numbers changed. */
export interface UnitData {
  dataset: Dataset;
  /** The rows as JSON: equal text is equal data. */
  rows: string;
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
}

/** The words of a unit with its atoms as they read: what two units are compared on. */
export function unitText(unit: Pick<Unit, "pieces">): string {
  return unit.pieces.map((piece) => piece.text).join("");
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
    return units.map((unit) => ({ ...unit, pieces: trimmed(unit.pieces) })).filter((unit) => unit.pieces.length > 0 || unit.data);
  }

  private unit(kind: UnitKind, identity: string | undefined, pieces: Piece[], number?: string): Unit {
    return { kind, number, identity, ordinal: undefined, pieces, data: undefined };
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
        return [this.unit("table", undefined, this.tablePieces(block.rows))];
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

  private dataOf(id: string | undefined): { dataset: Dataset | undefined; data: UnitData | undefined } {
    if (id === undefined) return { dataset: undefined, data: undefined };
    const dataset = findDataset(this.source.datasets, id);
    return { dataset, data: { dataset, rows: JSON.stringify(dataset.rows) } };
  }

  /** A figure reads as its title and caption (the dataset's, when the tag names none). */
  private figureUnit(attributes: Attributes): Unit {
    const id = textAttribute(attributes, "id");
    const { dataset, data } = this.dataOf(textAttribute(attributes, "dataset"));
    const title = textAttribute(attributes, "title") ?? dataset?.meta.title ?? "";
    const caption = textAttribute(attributes, "caption") ?? dataset?.meta.description ?? "";
    return { ...this.unit("figure", id, [text(`${title}. ${caption}`)]), ordinal: id === undefined ? undefined : this.figures.get(id)?.number, data };
  }

  private dataTableUnit(attributes: Attributes): Unit {
    const id = textAttribute(attributes, "dataset");
    const { dataset, data } = this.dataOf(id);
    return { ...this.unit("data-table", id, [text(textAttribute(attributes, "caption") ?? dataset?.meta.title ?? "")]), data };
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
          return [{ kind: "ref", text: t("figure.ref", { n: place?.number ?? "?" }) }];
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
