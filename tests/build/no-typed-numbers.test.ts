/**
 * No number that data/ holds may be typed by hand in a chapter: it must come from <Value>, so it
 * cannot drift away from its source. The rule, applied to the MDX source of every chapter:
 *
 * 1. Only prose counts: frontmatter, component tags with their attributes, footnote markers
 *    ([^1]), link targets and comments are removed; text between tags (inside <Note> …) stays.
 * 2. Years (four digits, 1900–2099, no separator) name a time, not a value, and are skipped.
 * 3. A number in a date ("1 januari 2024") or glued to a word ("65-plus", "18-plussers") is skipped.
 * 4. A number inside a row label of a dataset ("6 of hoger", "5 of lager") names that row and is skipped.
 * 5. Any other number — read with the data's own rule (41,3 and 1.700 are Dutch) — whose value is in a
 *    number column of any dataset fails the test, with the <Value> that should replace it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDutchNumber } from "../../src/lib/datasets/cells";
import { diskDataFiles, loadDatasets } from "../../src/lib/datasets/load";
import { valueFields, type Dataset } from "../../src/lib/datasets/types";
import { projectRoot } from "../support/paths";

const months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

/** Blanks out a match but keeps line breaks, so line numbers stay right. */
const blank = (match: string) => match.replace(/[^\n]/g, " ");

export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/\[\^[^\]]+\]:?/g, blank)
    .replace(/\]\([^)]*\)/g, (match) => `]${blank(match.slice(1))}`);
}

interface Holder {
  of: string;
  row: string;
  col: string;
}

function heldValues(datasets: readonly Dataset[]): Map<number, Holder[]> {
  const held = new Map<number, Holder[]>();
  for (const dataset of datasets) {
    for (const field of valueFields(dataset.meta)) {
      for (const row of dataset.rows) {
        const value = row[field.name];
        if (typeof value !== "number") continue;
        const holder = { of: dataset.id, row: String(row[dataset.meta.schema.primaryKey]), col: field.name };
        held.set(value, [...(held.get(value) ?? []), holder]);
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
  line: number;
  text: string;
  suggestion: string;
}

export function typedNumbers(mdx: string, datasets: readonly Dataset[]): TypedNumber[] {
  const held = heldValues(datasets);
  let prose = proseOf(mdx);
  for (const label of rowLabels(datasets)) prose = prose.split(label).join(blank(label));
  prose = prose.replace(new RegExp(`\\b\\d{1,2} (${months})\\b`, "g"), blank);

  const found: TypedNumber[] = [];
  const number = /(?<![\p{L}\d.,-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{L}\d-]|[.,]\d)/gu;
  prose.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(number)) {
      const text = match[1]!;
      if (/^(19|20)\d\d$/.test(text)) continue;
      const value = parseDutchNumber(text);
      const holders = value === undefined ? undefined : held.get(value);
      if (!holders) continue;
      found.push({
        line: index + 1,
        text,
        suggestion: holders.map((h) => `<Value of="${h.of}" row="${h.row}" />`).join(" of "),
      });
    }
  });
  return found;
}

const datasets = loadDatasets(diskDataFiles(projectRoot));
const chaptersDir = path.join(projectRoot, "src/content/chapters");

describe("no typed numbers in the chapters", () => {
  it.each(readdirSync(chaptersDir).filter((name) => name.endsWith(".mdx")))("%s", (name) => {
    const typed = typedNumbers(readFileSync(path.join(chaptersDir, name), "utf8"), datasets);
    const report = typed.map((t) => `regel ${t.line}: "${t.text}" staat in data/ — schrijf ${t.suggestion}`);
    expect(report).toEqual([]);
  });
});

describe("the rule itself", () => {
  const check = (mdx: string) => typedNumbers(mdx, datasets).map((t) => t.text);

  it("finds a held number typed in prose, in any notation, and suggests the <Value>", () => {
    expect(check("Lariks scoort 56%.\nDe zorgvraag stijgt 41,3% tot ruim 10.000 mensen.")).toEqual(["56", "41,3", "10.000"]);
    expect(typedNumbers("Het tekort is 1.700.", datasets)[0]).toEqual({
      line: 1,
      text: "1.700",
      suggestion: '<Value of="personeelstekort-zorg-drenthe" row="2023" />',
    });
  });

  it("finds numbers inside a component's text, but not in its attributes", () => {
    expect(check('<Note>Het gaat om 180 partners.</Note>\n<OpenPoint reason="56 ontbreekt" />')).toEqual(["180"]);
  });

  it("skips years, dates, compound words, row labels, footnotes and numbers the data does not hold", () => {
    expect(
      check(
        "---\norder: 5\n---\nOp 1 januari 2024 in 2040 voor 65-plussers en 18-plussers[^1]; een 6 of hoger, (5 of lager); 1,5 jaar, de 10 wijken.\n\n[^1]: Uit: Vitaliteitsmodel.",
      ),
    ).toEqual([]);
  });

  it("ignores what <Value> renders", () => {
    expect(check('Lariks scoort <Value of="eenzaamheid" row="Lariks" />.')).toEqual([]);
  });
});
