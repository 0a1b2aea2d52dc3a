// Figures and numbers in the PDF: the same as on the site, drawn as vector graphics (text stays text).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/lib/format";
import { loadPage, textOf } from "../support/dist";
import { projectRoot } from "../support/paths";
import { fold, pageTexts } from "../support/pdf";

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

/** Numbers from the data that read distinctly once formatted (10.000, 41,3), not years or small counts. */
function distinctNumbersInData(): string[] {
  const dataDir = path.join(projectRoot, "data");
  const files = readdirSync(dataDir).filter((file) => file.endsWith(".csv")).sort();
  const numbers = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(dataDir, file), "utf8").replace(/^\uFEFF/, "");
    const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
    for (const cell of data.slice(1).flat()) {
      if (!/^\d+([.,]\d{1,2})?$/.test(cell.trim())) continue;
      const value = Number(cell.trim().replace(",", "."));
      if (value >= 1000 || !Number.isInteger(value)) numbers.add(formatNumber(value));
    }
  }
  return [...numbers];
}

describe("numbers in the PDF", () => {
  const candidates = distinctNumbersInData();
  it.runIf(candidates.length > 0)("are the site's numbers, from the same data", () => {
    const siteText = [...loadPage("/").querySelectorAll(".chapter-nav a")]
      .map((link) => textOf(loadPage(link.getAttribute("href")!).querySelector("main")))
      .join(" ");
    const shown = candidates.filter((number) => new RegExp(`(^|[^\\d.,])${number.replace(/\./g, "\\.")}($|[^\\d])`).test(siteText));
    expect(shown.length, `numbers from data/*.csv shown on the chapter pages (of ${candidates.join(", ")})`).toBeGreaterThanOrEqual(3);
    for (const number of shown) {
      expect(pdfText, `${number} in the PDF`).toMatch(new RegExp(`(^|[^\\d.,])${number.replace(/\./g, "\\.")}($|[^\\d])`));
    }
  });
});
