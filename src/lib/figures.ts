/**
 * Figures in the document: their numbers, references to them, and the numbers and table they
 * show from a dataset. Plain TypeScript; the components in src/components are thin over this.
 */
import type { ChartDatum } from "./charts";
import { formatDate, formatInlineValue, formatMonth } from "./format";
import {
  QUALIFIER_COLUMN,
  STATUS_COLUMN,
  UNIT_COLUMN,
  WORDING_COLUMN,
  isNumericField,
  valueFields,
  type CellValue,
  type Dataset,
  type DatasetField,
  type DatasetMeta,
  type DatasetRow,
} from "./datasets/types";
import { UNKNOWN } from "../schemas/dataset";

/** A problem in how a chapter uses figures; stops the build. */
export class FigureError extends Error {
  override name = "FigureError";
}

/** One chapter's MDX as the figure index reads it. */
export interface ChapterSource {
  id: string;
  /** As the editor knows it: src/content/chapters/huis.mdx */
  file: string;
  /** The MDX without its frontmatter. */
  body: string;
  /** Line in the file where `body` starts (frontmatter lines before it), for messages. */
  bodyStartLine?: number;
}

export interface FigurePlace {
  id: string;
  /** 1, 2, 3 … through the whole document in chapter order. */
  number: number;
  chapterId: string;
  file: string;
  line: number;
  dataset: string | undefined;
  /** The title written in the tag, if any (else the figure shows its dataset's title). */
  title: string | undefined;
}

/** Where a chapter uses a dataset: a figure, a table or an inline value. */
export interface DatasetUse {
  dataset: string;
  chapterId: string;
  kind: "Figure" | "DataTable" | "Value";
  figureId: string | undefined;
}

export const figureIdPattern = /^[a-z][a-z0-9-]*$/;

/** `<Figure …>`, `<DataTable …>`, `<Value …>` and `<Ref …>` tags with their attribute text. */
const tagPattern = /<(Figure|DataTable|Value|Ref)\b([^>]*)>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

interface Tag {
  name: "Figure" | "DataTable" | "Value" | "Ref";
  attributes: string;
  line: number;
}

function tagsIn(chapter: ChapterSource): Tag[] {
  const tags: Tag[] = [];
  let line = chapter.bodyStartLine ?? 1;
  let counted = 0;
  for (const match of chapter.body.matchAll(tagPattern)) {
    // Count line breaks only since the previous tag: every chapter is scanned for every figure.
    for (let at = chapter.body.indexOf("\n", counted); at !== -1 && at < match.index; at = chapter.body.indexOf("\n", at + 1)) line++;
    counted = match.index;
    tags.push({ name: match[1] as Tag["name"], attributes: match[2] ?? "", line });
  }
  return tags;
}

/** Numbers every `<Figure id="…">` in chapter order; two figures with one id stop the build. */
export function indexFigures(chapters: readonly ChapterSource[]): Map<string, FigurePlace> {
  const places = new Map<string, FigurePlace>();
  for (const chapter of chapters) {
    for (const tag of tagsIn(chapter)) {
      if (tag.name !== "Figure") continue;
      const id = attribute(tag.attributes, "id");
      const where = `${chapter.file}, regel ${tag.line}`;
      if (id === undefined) {
        throw new FigureError(`${where}: deze <Figure> heeft geen id. Geef elke figuur een eigen naam, bijvoorbeeld <Figure id="mantelzorgers" …>.`);
      }
      if (!figureIdPattern.test(id)) {
        throw new FigureError(
          `${where}: de figuurnaam id="${id}" mag alleen kleine letters, cijfers en streepjes bevatten en begint met een letter (bijvoorbeeld "zorgvraag-drenthe").`,
        );
      }
      const earlier = places.get(id);
      if (earlier) {
        throw new FigureError(
          `Twee figuren heten "${id}": in ${earlier.file}, regel ${earlier.line} en in ${where}. Geef elke figuur een eigen id; <Ref to="…"> wijst een figuur aan met die naam.`,
        );
      }
      places.set(id, {
        id,
        number: places.size + 1,
        chapterId: chapter.id,
        file: chapter.file,
        line: tag.line,
        dataset: attribute(tag.attributes, "dataset"),
        title: attribute(tag.attributes, "title"),
      });
    }
  }
  return places;
}

/** Which chapters use which dataset, in document order (for the data page). */
export function datasetUses(chapters: readonly ChapterSource[]): DatasetUse[] {
  const uses: DatasetUse[] = [];
  for (const chapter of chapters) {
    for (const tag of tagsIn(chapter)) {
      if (tag.name === "Ref") continue;
      const dataset = attribute(tag.attributes, tag.name === "Value" ? "of" : "dataset");
      if (dataset === undefined) continue;
      uses.push({
        dataset,
        chapterId: chapter.id,
        kind: tag.name,
        figureId: tag.name === "Figure" ? attribute(tag.attributes, "id") : undefined,
      });
    }
  }
  return uses;
}

/** HTML id of a figure on its page; prefixed so it never clashes with a heading's id. */
export function figureElementId(figureId: string): string {
  return `figuur-${figureId}`;
}

/** "figuur 3" for a `<Ref to>`; an unknown id stops the build, naming where it is used. */
export function resolveFigureRef(
  figures: ReadonlyMap<string, FigurePlace>,
  to: string | undefined,
  chapters: readonly ChapterSource[],
): FigurePlace {
  const found = to === undefined ? undefined : figures.get(to);
  if (found) return found;
  const usedAt = chapters.flatMap((chapter) =>
    tagsIn(chapter)
      .filter((tag) => tag.name === "Ref" && attribute(tag.attributes, "to") === to)
      .map((tag) => `${chapter.file}, regel ${tag.line}`),
  );
  const valid = [...figures.keys()];
  throw new FigureError(
    `${usedAt.length > 0 ? `${usedAt.join("; ")}: ` : ""}<Ref to="${to ?? ""}" /> verwijst naar een figuur die niet bestaat. ` +
      (valid.length > 0
        ? `Bestaande figuren: ${valid.map((id) => `"${id}"`).join(", ")}.`
        : "Er staan nog geen figuren in het document.") +
      ` Gebruik de id van een <Figure id="…">.`,
  );
}

function listQuoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

function keyOf(dataset: Dataset, row: DatasetRow): string {
  return String(row[dataset.meta.schema.primaryKey]);
}

/** Unit of one column: its own, or the dataset's. */
export function unitOf(meta: DatasetMeta, field: DatasetField): string {
  return field.unit ?? meta.unit;
}

function text(value: CellValue | undefined): string {
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

export interface Selection {
  /** Column whose cells name the bars; default the key column. */
  label?: string | undefined;
  /** Column with the numbers; default the dataset's only number column. */
  value?: string | undefined;
  /** Row keys to show, in this order; default every row. */
  rows?: readonly string[] | undefined;
}

function findField(dataset: Dataset, name: string, role: string, where: string): DatasetField {
  const fields = dataset.meta.schema.fields;
  const field = fields.find((candidate) => candidate.name === name);
  if (field) return field;
  throw new FigureError(
    `${where}: de dataset "${dataset.id}" (${dataset.file.csv}) heeft geen kolom "${name}" (${role}). Kies uit: ${listQuoted(fields.map((f) => f.name))}.`,
  );
}

function selectRows(dataset: Dataset, rows: readonly string[] | undefined, where: string): DatasetRow[] {
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

/** The bars, columns or parts a figure draws, checked against the dataset. */
export function chartData(dataset: Dataset, selection: Selection, where: string): ChartDatum[] {
  const labelField = findField(dataset, selection.label ?? dataset.meta.schema.primaryKey, "label", where);
  let valueField: DatasetField;
  if (selection.value !== undefined) {
    valueField = findField(dataset, selection.value, "value", where);
    if (valueField.type !== "number" && valueField.type !== "integer") {
      throw new FigureError(
        `${where}: de kolom "${valueField.name}" van dataset "${dataset.id}" bevat geen getallen en kan niet getekend worden. Kies uit: ${listQuoted(valueFields(dataset.meta).map((f) => f.name))}.`,
      );
    }
  } else {
    const numeric = valueFields(dataset.meta);
    if (numeric.length !== 1) {
      throw new FigureError(
        `${where}: de dataset "${dataset.id}" heeft ${numeric.length === 0 ? "geen kolom" : "meer dan één kolom"} met getallen; geef met value="…" aan welke de figuur tekent. Kies uit: ${listQuoted(numeric.map((f) => f.name))}.`,
      );
    }
    valueField = numeric[0]!;
  }
  return selectRows(dataset, selection.rows, where).map((row) => {
    const value = row[valueField.name];
    if (typeof value !== "number") {
      throw new FigureError(
        `${where}: in dataset "${dataset.id}" (${dataset.file.csv}) is de cel "${valueField.name}" van rij "${keyOf(dataset, row)}" leeg (${UNKNOWN}); een figuur kan geen onbekend getal tekenen. Laat de rij weg met rows={[…]} of toon de cijfers met <DataTable>.`,
      );
    }
    return { label: text(row[labelField.name]), value, display: displayValue(dataset.meta, valueField, row) };
  });
}

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
export function tableModel(dataset: Dataset, options: { columns?: readonly string[] | undefined; rows?: readonly string[] | undefined }, where: string): TableModel {
  const fields = dataset.meta.schema.fields;
  const shown =
    options.columns === undefined
      ? fields.filter((field) => field.name !== QUALIFIER_COLUMN)
      : options.columns.map((name) => findField(dataset, name, "columns", where));
  const key = dataset.meta.schema.primaryKey;
  const rowHeaders = shown[0]?.name === key;
  const rows = selectRows(dataset, options.rows, where).map((row) => {
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
