/**
 * The search index of the built site, queried through Pagefind's own pagefind.js in Node
 * (served from dist/ on loopback by the global setup), the way the browser queries it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { allPages, loadPage, textOf, readHtmlFragment } from "../support/dist.ts";
import { distDir } from "../support/paths.ts";
import { toSearchHit as hit, type PagefindResultData } from "../../src/lib/search/results.ts";

const toSearchHit = (data: PagefindResultData) => hit(data, readHtmlFragment);

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData & { content: string }> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Pagefind;

beforeAll(async () => {
  pagefind = (await import(pathToFileURL(path.join(distDir, "pagefind", "pagefind.js")).href)) as Pagefind;
  await pagefind.options({ basePath: `${inject("baseUrl")}/pagefind/`, noWorker: true });
});

async function find(term: string, filters?: Record<string, string>) {
  const search = await pagefind.search(term, filters ? { filters } : {});
  return Promise.all(search.results.map((result) => result.data()));
}

const chapters = async (term: string) => (await find(term)).map((data) => toSearchHit(data).chapter);

describe("search index", () => {
  it("is Dutch and covers every chapter", () => {
    const entry = JSON.parse(readFileSync(path.join(distDir, "pagefind", "pagefind-entry.json"), "utf8"));
    const chapterPages = allPages().filter((page) => loadPage(page).querySelector("article[data-pagefind-body]"));
    expect(Object.keys(entry.languages)).toEqual(["nl"]);
    expect(entry.languages.nl.page_count).toBeGreaterThanOrEqual(chapterPages.length);
    expect(chapterPages.length).toBeGreaterThan(0);
  });

  it('finds "eenzaam" in De inwoner first', async () => {
    expect((await chapters("eenzaam"))[0]).toBe("De inwoner");
  });

  it('finds "mantelzorger" in De inwoner, where the text says "mantelzorgers" (Dutch stemming)', async () => {
    expect(textOf(loadPage("/inwoner/").querySelector("article"))).not.toMatch(/mantelzorger\b/i);
    expect(await chapters("mantelzorger")).toContain("De inwoner");
  });

  it('finds "Lariks" in De wijk and De inwoner', async () => {
    expect(await chapters("Lariks")).toEqual(expect.arrayContaining(["De wijk", "De inwoner"]));
  });

  it('finds "statushouders" in De stad en regio', async () => {
    expect(await chapters("statushouders")).toContain("De stad en regio");
  });

  it("finds nothing for a word that occurs nowhere", async () => {
    expect(await find("xylofoonzaagvis")).toEqual([]);
  });

  it("gives one result per chapter with sections that link to an existing heading", async () => {
    const [first] = await find("eenzaam");
    const hit = toSearchHit(first!);
    expect(new Set((await find("eenzaam")).map((data) => data.url)).size).toBe((await find("eenzaam")).length);
    const section = hit.sections.find((s) => s.heading);
    expect(section, "a section heading for the best sub-result").toBeDefined();
    const url = new URL(section!.url, "http://x");
    expect(url.hash).toMatch(/^#.+/);
    const target = loadPage(url.pathname).getElementById(decodeURIComponent(url.hash.slice(1)));
    expect(target?.tagName).toMatch(/^H[23]$/);
    expect(textOf(target)).toBe(section!.heading);
    expect(hit.sections.flatMap((s) => s.excerpt).some((part) => part.marked)).toBe(true);
  });

  it("filters by chapter, with every chapter title as a filter value", async () => {
    const titles = [...loadPage("/").querySelectorAll("nav.chapter-nav a")].map((a) => textOf(a));
    expect(titles.length).toBeGreaterThan(0);
    const filters = await pagefind.filters();
    expect(Object.keys(filters.hoofdstuk ?? {}).sort()).toEqual([...titles].sort());
    const inWijk = await find("Lariks", { hoofdstuk: "De wijk" });
    expect(inWijk.map((data) => toSearchHit(data).chapter)).toEqual(["De wijk"]);
  });

  it("leaves out navigation, table of contents, chapter counter, footer and the search field", async () => {
    for (const data of await find("Lariks")) {
      expect(data.content).not.toMatch(/Op deze pagina|Hoofdstuk \d+ van \d+|Vorig hoofdstuk|Volgend hoofdstuk|Direct naar de inhoud|Versie \d|Zoek in de woonzorgvisie/);
    }
  });

  it("indexes figure titles, captions and data tables (also inside closed <details>) where chapters have them", async () => {
    const figures = allPages().flatMap((page) => [...loadPage(page).querySelectorAll("article[data-pagefind-body] figure")]);
    const withTable = figures.find((figure) => figure.querySelector("table td"));
    if (!withTable) return; // no figures built yet; nothing to index
    const caption = textOf(withTable.querySelector("figcaption, caption"));
    const cell = textOf(withTable.querySelector("td"));
    const [page] = await find(caption.split(" ").filter((word) => word.length > 4).slice(0, 3).join(" "));
    expect(page?.content).toContain(cell);
  });

  it("indexes the data page when it exists", async () => {
    if (!existsSync(path.join(distDir, "data", "index.html"))) return; // not built yet
    const doc = loadPage("/data/");
    expect(doc.querySelector("[data-pagefind-body]"), "data-pagefind-body on the data page's content").not.toBeNull();
    const found = await find(textOf(doc.querySelector("h1")));
    expect(found.map((data) => new URL(data.url, "http://x").pathname)).toContain("/data/");
  });
});

describe("search on every page", () => {
  it("loads no JavaScript file on first load: only a small inline loader, no inline handlers or style attributes", () => {
    for (const page of allPages()) {
      const doc = loadPage(page);
      expect(doc.querySelectorAll("script[src]").length, page).toBe(0);
      for (const script of doc.querySelectorAll("script")) {
        expect(Buffer.byteLength(script.textContent ?? ""), page).toBeLessThanOrEqual(1024);
        expect(script.textContent, page).not.toMatch(/\beval\(|new Function/);
      }
      for (const form of doc.querySelectorAll("form[data-search]")) {
        for (const node of [form, ...form.querySelectorAll("*")]) {
          const inline = node.getAttributeNames().filter((name) => name === "style" || name.startsWith("on"));
          expect(inline, `${page} <${node.tagName.toLowerCase()}>`).toEqual([]);
        }
      }
    }
  });

  it("has a labelled search field in the header that submits to /zoeken/ and says it needs JavaScript", () => {
    const doc = loadPage("/inwoner/");
    const form = doc.querySelector("header form[role=search]");
    expect(form?.getAttribute("action")).toBe("/zoeken/");
    const input = form?.querySelector("input[type=search][name=q]");
    expect(textOf(doc.querySelector(`label[for="${input?.id}"]`))).toBe("Zoeken");
    expect(textOf(form?.querySelector("noscript"))).toContain("JavaScript");
    expect(form?.querySelector("noscript a")?.getAttribute("href")).toBe("/#hoofdstukken");
    expect(loadPage("/").getElementById("hoofdstukken")).not.toBeNull();
  });

  it("builds the search UI module and engine the inline loader imports", () => {
    const form = loadPage("/inwoner/").querySelector("form[data-search]");
    for (const url of [form?.getAttribute("data-search-ui"), form?.getAttribute("data-search-engine")]) {
      expect(url).toMatch(/^\/pagefind\/[\w-]+\.js$/);
      expect(existsSync(path.join(distDir, url!))).toBe(true);
    }
  });

  it("has a /zoeken/ page that explains, without JavaScript, where the chapters are", () => {
    const doc = loadPage("/zoeken/");
    const noscript = doc.querySelector("main noscript");
    expect(textOf(noscript)).toContain("JavaScript");
    const chapterLinks = [...doc.querySelectorAll("main noscript a")].map((a) => a.getAttribute("href"));
    expect(chapterLinks).toContain("/inwoner/");
  });
});
