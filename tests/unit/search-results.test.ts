import { describe, expect, it } from "vitest";
import { readHtmlFragment as readHtml } from "../support/dist.ts";
import { bestSections, countResults, excerptParts as parts, resultsText, toSearchHit as hit, type PagefindResultData } from "../../src/lib/search/results.ts";
import { markedWords, normalizeTerm, searchInText, type PagefindFound, type PagefindSearch } from "../../src/lib/search/in-text.ts";

const excerptParts = (excerpt: string) => parts(excerpt, readHtml);
const toSearchHit = (data: PagefindResultData) => hit(data, readHtml);

describe("excerptParts", () => {
  it("keeps <mark> as highlighting and everything else as plain text", () => {
    expect(excerptParts("zich <mark>eenzaam</mark> voelt &amp; &lt;b&gt;&quot;")).toEqual([
      { text: "zich ", marked: false },
      { text: "eenzaam", marked: true },
      { text: ' voelt & <b>"', marked: false },
    ]);
  });

  it("drops any other tag instead of passing it on as markup", () => {
    expect(excerptParts('a <img src=x onerror="x()"> b')).toEqual([{ text: "a  b", marked: false }]);
  });
});

describe("toSearchHit", () => {
  const data = {
    url: "/inwoner/",
    excerpt: "page <mark>eenzaam</mark>",
    content: "page eenzaam",
    locations: [1],
    meta: { title: "De inwoner", chapter: "De inwoner" },
    sub_results: [
      { title: "De inwoner", url: "/inwoner/", excerpt: "intro", locations: [] },
      { title: "Ambities", url: "/inwoner/#ambities", excerpt: "a <mark>x</mark>", locations: [3] },
      { title: "Inzicht", url: "/inwoner/#inzicht", excerpt: "b <mark>x</mark>", locations: [9, 12] },
    ],
  };

  it("puts the section with most matches first and skips sections without matches", () => {
    const hit = toSearchHit(data);
    expect(hit.chapter).toBe("De inwoner");
    expect(hit.sections.map((s) => s.url)).toEqual(["/inwoner/#inzicht", "/inwoner/#ambities"]);
  });

  it("falls back to the page excerpt when there are no sections", () => {
    expect(bestSections({ ...data, sub_results: [] }, readHtml)).toEqual([
      { heading: undefined, url: "/inwoner/", excerpt: [{ text: "page ", marked: false }, { text: "eenzaam", marked: true }] },
    ]);
  });
});

describe("resultsText", () => {
  it("names what it counts: chapters, and other pages such as the data page", () => {
    expect(resultsText({ total: 0, chapters: 0 }, "tevredenheid")).toMatchInlineSnapshot(`"Geen resultaten voor “tevredenheid”"`);
    expect(resultsText({ total: 1, chapters: 1 }, "Lariks")).toMatchInlineSnapshot(`"1 hoofdstuk gevonden voor “Lariks”"`);
    expect(resultsText({ total: 6, chapters: 5 }, "zorg")).toMatchInlineSnapshot(`"5 hoofdstukken en 1 andere pagina gevonden voor “zorg”"`);
    expect(resultsText({ total: 4, chapters: 2 }, "x")).toMatchInlineSnapshot(`"2 hoofdstukken en 2 andere pagina's gevonden voor “x”"`);
    expect(resultsText({ total: 1, chapters: 0 }, "csv")).toMatchInlineSnapshot(`"1 pagina gevonden voor “csv”"`);
  });

  it("counts as chapters the results Pagefind counts per chapter filter value", () => {
    expect(countResults({ results: [1, 2, 3], filters: { hoofdstuk: { "De wijk": 1, "De inwoner": 1 } } })).toEqual({ total: 3, chapters: 2 });
    expect(countResults({ results: [1] })).toEqual({ total: 1, chapters: 0 });
  });
});

/** A Pagefind stand-in: per query the pages it returns, each with its text and marked word positions. */
function engine(answers: Record<string, { content: string; locations: number[] }[]>): PagefindSearch & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(term: string): Promise<PagefindFound> {
      asked.push(term);
      const pages = answers[term] ?? [];
      return { results: pages.map((page, i) => ({ data: async () => ({ url: `/p${i}/`, excerpt: "", meta: {}, ...page }) })) };
    },
  };
}

describe("searchInText", () => {
  const te = { content: "bereid een ander te helpen", locations: [3] };

  it("returns nothing for a word in no page, where Pagefind returned the pages of a word it starts with", async () => {
    const found = await searchInText(engine({ tevredenheid: [te, te], '"tevredenheid"': [] }), "tevredenheid");
    expect(found?.results).toEqual([]);
  });

  it("keeps what Pagefind finds as a whole word (its own stemming), without looking further", async () => {
    const pagefind = engine({ oudere: [{ content: "vooral ouderen wonen", locations: [1] }], '"oudere"': [{ content: "", locations: [] }] });
    expect((await searchInText(pagefind, "oudere"))?.results).toHaveLength(1);
    expect(pagefind.asked).toEqual(["oudere", '"oudere"']);
  });

  it("keeps a word being typed and the first part of a compound or hyphenated word", async () => {
    const mantelzorgers = { content: "onder mantelzorgers neemt", locations: [1] };
    expect((await searchInText(engine({ mantelzorg: [mantelzorgers] }), "mantelzorg"))?.results).toHaveLength(1);
    const plussers = { content: "onder 65-plussers ligt", locations: [1] };
    expect((await searchInText(engine({ plussers: [plussers] }), "plussers"))?.results).toHaveLength(1);
    const camel = { content: "zorgvraag-drenthe-v1.csvMetadataBeschrijving", locations: [0] };
    expect((await searchInText(engine({ Metadata: [camel] }), "Metadata"))?.results).toHaveLength(1);
  });

  it("needs every term of the query in the text, and leaves a quoted search to Pagefind", async () => {
    const zorg = { content: "wonen en zorg", locations: [2] };
    const answers = { "zorg tevredenheid": [zorg], '"zorg"': [zorg], tevredenheid: [te], '"tevredenheid"': [] };
    expect((await searchInText(engine(answers), "zorg tevredenheid"))?.results).toEqual([]);
    expect((await searchInText(engine({ '"zorg wonen"': [zorg] }), '"zorg wonen"'))?.results).toHaveLength(1);
  });

  it("reads the marked words and the terms as Pagefind does", () => {
    expect(markedWords({ content: "De  wijk\nLariks, Assen", locations: [2, 9] })).toEqual(["Lariks,"]);
    expect(normalizeTerm("Geïndiceerden,")).toBe("geindiceerden");
  });
});
