/**
 * No number that data/ holds may be typed by hand in a chapter: it must come from <Value>, so it
 * cannot drift away from its source. The rule, applied to the text a reader sees (the document
 * model's reader texts: prose, headings, list items, table cells, footnotes, figure titles and
 * captions, the chapter's title and summary; never what <Value> renders, attributes the page does
 * not show, footnote marks or link targets):
 *
 * 1. Years (four digits, 1900–2099, no separator) name a time, not a value, and are skipped.
 * 2. A number in a date ("1 januari 2024") or glued to a word ("65-plus", "18-plussers") is skipped.
 * 3. A number inside a row label of a dataset ("6 of hoger", "5 of lager") names that row and is skipped.
 * 4. Any other number — read with the data's own rule (41,3 and 1.700 are Dutch) — whose value is in a
 *    number column of any dataset is reported, with the <Value> that should replace it.
 */
import { lineWithin, readerTexts } from "../content/model/reader-text.ts";
import type { ChapterModel } from "../content/model/types.ts";
import { parseDutchNumber } from "../datasets/cells.ts";
import { valueFields, type Dataset } from "../datasets/types.ts";

const months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
const date = new RegExp(`\\b\\d{1,2} (${months})\\b`, "g");
const number = /(?<![\p{L}\d.,-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{L}\d-]|[.,]\d)/gu;

/** Blanks out a match but keeps its length, so positions in the text stay right. */
const blank = (match: string) => match.replace(/[^\n]/g, " ");

interface Holder {
  of: string;
  row: string;
}

function heldValues(datasets: readonly Dataset[]): Map<number, Holder[]> {
  const held = new Map<number, Holder[]>();
  for (const dataset of datasets) {
    for (const field of valueFields(dataset.meta)) {
      for (const row of dataset.rows) {
        const value = row[field.name];
        if (typeof value !== "number") continue;
        held.set(value, [...(held.get(value) ?? []), { of: dataset.id, row: String(row[dataset.meta.schema.primaryKey]) }]);
      }
    }
  }
  return held;
}

function rowLabels(datasets: readonly Dataset[]): string[] {
  return datasets
    .flatMap((dataset) => dataset.rows.map((row) => String(row[dataset.meta.schema.primaryKey])))
    .filter((label) => /\d/.test(label) && /\D/.test(label));
}

export interface TypedNumber {
  file: string;
  line: number;
  text: string;
  /** The <Value> tags that hold this number. */
  suggestion: string;
}

export function typedNumbers(chapter: ChapterModel, datasets: readonly Dataset[]): TypedNumber[] {
  const held = heldValues(datasets);
  const labels = rowLabels(datasets);
  const found: TypedNumber[] = [];
  for (const piece of readerTexts(chapter)) {
    let text = piece.text;
    for (const label of labels) text = text.split(label).join(blank(label));
    text = text.replace(date, blank);
    for (const match of text.matchAll(number)) {
      const written = match[1]!;
      if (/^(19|20)\d\d$/.test(written)) continue;
      const value = parseDutchNumber(written);
      const holders = value === undefined ? undefined : held.get(value);
      if (!holders) continue;
      found.push({
        file: chapter.file,
        line: lineWithin(piece, match.index),
        text: written,
        suggestion: holders.map((holder) => `<Value of="${holder.of}" row="${holder.row}" />`).join(" of "),
      });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
