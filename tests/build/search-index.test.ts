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
import { countResults, resultsText, toSearchHit as hit, type PagefindResultData } from "../../src/lib/search/results.ts";
import { searchInText } from "../../src/lib/search/in-text.ts";

const toSearchHit = (data: PagefindResultData) => hit(data, readHtmlFragment);

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Pagefind;

beforeAll(async () => {
  pagefind = (await import(pathToFileURL(path.join(distDir, "pagefind", "pagefind.js")).href)) as Pagefind;
  await pagefind.options({ basePath: `${inject("baseUrl")}/pagefind/`, noWorker: true });
  await pagefind.filters(); // as the search UI does, so that each search counts its chapters
});

/** What the search UI gets: Pagefind's results, without those for a word that is in no page. */
async function find(term: string, filters?: Record<string, string>) {
  const search = await searchInText(pagefind, term, filters ? { filters } : {});
  return Promise.all((search?.results ?? []).map((result) => result.data()));
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

  // Pagefind itself returns every page with "te" for "tevredenheid" and with "voor" for "voorraad"
  // (a word that only occurs inside "woningvoorraad").
  it.each(["tevredenheid", "voorraad", "zorg tevredenheid"])("finds nothing for %s, which no page has, although Pagefind returns pages", async (term) => {
    expect((await pagefind.search(term)).results.length).toBeGreaterThan(0);
    expect(await find(term)).toEqual([]);
  });

  it.each([
    ["mantelzorger", "mantelzorgers", "De inwoner"],
    ["oudere", "ouderen", "Het huis"],
    ["vitale", "vitaal", "De inwoner"],
    ["mantelzorg", "mantelzorgers", "De inwoner"],
    ["plussers", "65-plussers", "Het huis"],
    ["toetsing", "toetsingskader", "De stad en regio"],
  ])("still finds %s where the text has only %s (stemming, a word being typed, a compound's first part)", async (term, word, chapter) => {
    const page = allPages().find((p) => textOf(loadPage(p).querySelector("h1")) === chapter)!;
    const words = textOf(loadPage(page).querySelector("article")).toLowerCase().split(/[\s,.;:()‘’]+/);
    expect(words).toContain(word);
    expect(words).not.toContain(term.toLowerCase());
    expect(await chapters(term)).toContain(chapter);
  });

  it("counts what it found by name: chapters, and the data page as another page", async () => {
    const search = await searchInText(pagefind, "eenzaam");
    const data = await Promise.all(search!.results.map((result) => result.data()));
    const chapterCount = data.filter((d) => d.meta.chapter !== undefined).length;
    expect(data.map((d) => new URL(d.url, "http://x").pathname)).toContain("/data/");
    expect(chapterCount).toBeLessThan(data.length);
    expect(resultsText(countResults(search!), "eenzaam")).toBe(
      `${chapterCount} ${chapterCount === 1 ? "hoofdstuk" : "hoofdstukken"} en ${data.length - chapterCount === 1 ? "1 andere pagina" : `${data.length - chapterCount} andere pagina's`} gevonden voor “eenzaam”`,
    );
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
