import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPage, textOf } from "../support/dist.ts";
import { distDir, projectRoot } from "../support/paths.ts";

/** Chapter pages in document order, as the home page lists them. */
function chapterPages(): string[] {
  return [...loadPage("/").querySelectorAll(".chapter-card a")].map((a) => a.getAttribute("href")!);
}

const pages = chapterPages().map((page) => ({ page, document: loadPage(page) }));
const figures = pages.flatMap(({ page, document }) =>
  [...document.querySelectorAll("figure.figure")].map((figure) => ({ page, document, figure })),
);

describe("figures in the built chapters", () => {
  it("exist: the visie's numbers are drawn", () => {
    expect(figures.length).toBeGreaterThanOrEqual(6);
  });

  it("are numbered 1, 2, 3 … through the whole document in chapter order", () => {
    const numbers = figures.map(({ figure }) => textOf(figure.querySelector(".figure__number")));
    expect(numbers).toEqual(figures.map((_, index) => `Figuur ${index + 1}`));
  });

  describe.each(figures.map((f) => ({ ...f, id: f.figure.id })))("$page#$id", ({ document, figure }) => {
    const title = textOf(figure.querySelector(".figure__title"));

    it("has a number and title as its caption, then a caption text and a source line", () => {
      const figcaption = figure.querySelector("figcaption");
      expect(figcaption?.parentElement).toBe(figure);
      expect(textOf(figcaption)).toMatch(/^Figuur \d+ \S/);
      expect(title.length).toBeGreaterThan(5);
      expect(textOf(figure.querySelector(".figure__caption")).length).toBeGreaterThan(10);
      expect(textOf(figure.querySelector(".figure__source"))).toMatch(/^Bron: .+\. Peildatum: .+\. Dataset versie \d+\.$/);
    });

    it("links to its CSV at an address with the dataset's version, and that file is built", () => {
      const href = figure.querySelector(".figure__download a")?.getAttribute("href") ?? "";
      const match = /^\/data\/([a-z0-9-]+)\/v(\d+)\.csv$/.exec(href);
      expect(match, href).not.toBeNull();
      expect(textOf(figure.querySelector(".figure__source"))).toContain(`Dataset versie ${match![2]}.`);
      const built = path.join(distDir, href);
      expect(existsSync(built)).toBe(true);
      expect(readFileSync(built, "utf8")).toBe(readFileSync(path.join(projectRoot, "data", `${match![1]}.csv`), "utf8"));
    });

    it("draws a static SVG that is one image with its own accessible name and description", () => {
      const svgs = figure.querySelectorAll("svg");
      expect(svgs).toHaveLength(1);
      const svg = svgs[0]!;
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
      expect(textOf(document.getElementById(svg.getAttribute("aria-labelledby")!))).toBe(title);
      expect(textOf(document.getElementById(svg.getAttribute("aria-describedby")!)).length).toBeGreaterThan(10);
      expect(svg.querySelectorAll("style, script, [style], [aria-label]")).toHaveLength(0);
      const handlers = [...svg.querySelectorAll("*")].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith("on")));
      expect(handlers).toEqual([]);
      expect(svg.querySelectorAll("text").length).toBeGreaterThan(0);
    });

    it("has its numbers as a table, behind a closed summary that names the figure", () => {
      const details = figure.querySelector("details");
      expect(details?.hasAttribute("open")).toBe(false);
      const number = textOf(figure.querySelector(".figure__number")).replace("Figuur ", "");
      expect(textOf(details?.querySelector("summary"))).toBe(`Toon de cijfers van figuur ${number} als tabel`);
      const table = details?.querySelector("table");
      expect(textOf(table?.querySelector("caption"))).toBe(`Cijfers bij figuur ${number}: ${title}`);
      expect(table?.querySelectorAll("thead th").length).toBeGreaterThanOrEqual(2);
      expect(table?.querySelectorAll("tbody tr").length).toBeGreaterThanOrEqual(2);
    });

    it("shows in the chart the same numbers as in its table", () => {
      const chartText = textOf(figure.querySelector("svg"));
      const cells = [...figure.querySelectorAll("tbody td.data-table__number")].map((cell) => textOf(cell));
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(chartText).toContain(cell);
    });
  });

  it("give every id on a page once, also inside the SVGs", () => {
    for (const { page, document } of pages) {
      const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), page).toEqual([]);
    }
  });
});

describe("the meeting places per wijk", () => {
  it("are a data table that shows each unknown status as an open point", () => {
    const wijk = loadPage("/wijk/");
    const table = [...wijk.querySelectorAll(".data-table:not(.data-table--in-figure) table")].find((t) =>
      textOf(t.querySelector("thead")).includes("Ontmoetingsruimte"),
    );
    expect(table).toBeDefined();
    const rows = [...table!.querySelectorAll("tbody tr")].map((row) => [...row.children].map((cell) => textOf(cell)));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual(["Lariks", "onbekend (open punt)"]);
    expect(table!.querySelectorAll("td.data-table__unknown .open-point__reason")).toHaveLength(10);
  });
});

describe("the data page", () => {
  const data = loadPage("/data/");

  it("lists every dataset with source, peildatum, version, licence, download, metadata and change log", () => {
    const sections = [...data.querySelectorAll("section.dataset")];
    expect(sections.length).toBeGreaterThan(10);
    for (const section of sections) {
      const facts = [...section.querySelectorAll("dt")].map((dt) => textOf(dt));
      expect(facts).toEqual(["Bron", "Peildatum", "Versie", "Licentie", "Gebruikt in", "Bestand", "Metadata"]);
      const href = section.querySelector('a[href^="/data/"]')?.getAttribute("href") ?? "";
      expect(href).toBe(`/data/${section.id}/v${textOf(section.querySelectorAll("dd")[2])}.csv`);
      expect(existsSync(path.join(distDir, href))).toBe(true);
      expect(section.querySelectorAll(".dataset__changes li").length).toBeGreaterThanOrEqual(1);
    }
  });

  it("names, for a dataset drawn in a figure, that figure with its number and a working link", () => {
    for (const { page, figure } of figures) {
      const dataset = /^\/data\/([a-z0-9-]+)\//.exec(figure.querySelector(".figure__download a")!.getAttribute("href")!)![1]!;
      const link = data.querySelector(`#${dataset} a[href="${page}#${figure.id}"]`);
      expect(textOf(link)).toBe(`${textOf(figure.querySelector(".figure__number"))}: ${textOf(figure.querySelector(".figure__title"))}`);
    }
  });

  it("is linked from the footer of every chapter", () => {
    for (const { document } of pages) expect(document.querySelector('.site-footer a[href="/data/"]')).not.toBeNull();
  });
});
