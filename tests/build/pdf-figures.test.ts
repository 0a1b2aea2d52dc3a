// Figures and numbers in the PDF: the same as on the site, drawn as vector graphics (text stays text).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadPage, textOf } from "../support/dist.ts";
import { projectRoot } from "../support/paths.ts";
import { fold, pageTexts } from "../support/pdf.ts";

const pages = pageTexts().map(fold);
const pdfText = pages.join(" ");
const documentPage = loadPage("/document/");
const figures = [...documentPage.querySelectorAll("figure")].filter((figure) => figure.querySelector("svg text"));

describe("figures in the PDF", () => {
  it.runIf(figures.length > 0)("carry their title, with the chart's labels as text on the same page", () => {
    for (const figure of figures) {
      const title = textOf(figure.querySelector(".figure__title, figcaption"));
      const page = pages.findIndex((text) => text.includes(title));
      expect(page, `figure "${title}" in the PDF`).toBeGreaterThanOrEqual(0);
      const labels = [...figure.querySelectorAll("svg text")].map(textOf).filter(Boolean);
      // Same page as the title: the figure is not split, and its labels are text, not pixels.
      const missing = labels.filter((label) => !pages[page]!.includes(label));
      expect(missing, `labels of "${title}" not found as text on page ${page + 1}`).toEqual([]);
    }
  });

  it.runIf(figures.length > 0)("show each figure's source line", () => {
    for (const figure of figures) {
      const source = textOf(figure.querySelector(".figure__source"));
      if (source) expect(pdfText, "source line").toContain(source.slice(0, 60));
    }
  });
});

/** A cell as the data files write it (6.000, 41,3 or 41.3) as a number. */
function cellNumber(cell: string): number {
  const text = cell.trim();
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replaceAll(".", ""));
  return Number(text.replace(",", "."));
}

function datasetNumbers(dataset: string): number[] {
  const text = readFileSync(path.join(projectRoot, "data", `${dataset}.csv`), "utf8").replace(/^\uFEFF/, "");
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
  return data.slice(1).flat().map(cellNumber).filter((value) => !Number.isNaN(value));
}

describe("numbers in the PDF", () => {
  const hasData = readdirSync(path.join(projectRoot, "data")).some((file) => file.endsWith(".csv"));

  it.runIf(hasData)("are the site's numbers, read from the same data", () => {
    // Inline values carry their machine-readable number: <data value="6000">ruim 6.000</data>.
    const values = [...loadPage("/").querySelectorAll(".chapter-nav a")].flatMap((link) =>
      [...loadPage(link.getAttribute("href")!).querySelectorAll("main data[value]")].map((element) => ({
        text: textOf(element),
        value: Number(element.getAttribute("value")),
        dataset: element.getAttribute("data-dataset"),
      })),
    );
    const distinct = [...new Map(values.filter((v) => /\d{2}/.test(v.text)).map((v) => [v.text, v])).values()];
    expect(distinct.length, "numbers from data/ shown in the chapters").toBeGreaterThanOrEqual(3);
    for (const { text, value, dataset } of distinct) {
      if (dataset) expect(datasetNumbers(dataset), `${value} in data/${dataset}.csv`).toContain(value);
      expect(pdfText, `"${text}" in the PDF`).toContain(text);
    }
  });
});
