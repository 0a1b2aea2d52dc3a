import { describe, expect, it } from "vitest";
import { readHtmlFragment as readHtml } from "../support/dist.ts";
import { bestSections, excerptParts as parts, toSearchHit as hit, type PagefindResultData } from "../../src/lib/search/results.ts";

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
