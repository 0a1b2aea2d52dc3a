// Footnotes are numbered through the whole document in chapter order, as in the source: De inwoner
// has footnote 1 (Vitaliteitsmodel Compaenen), Het huis footnote 2 (Trendbureau Drenthe). The
// reference, the note and its back-link agree, on the chapter pages, the document page and in the PDF.
import { describe, expect, it } from "vitest";
import { loadPage, textOf } from "../support/dist.ts";
import { fold, pageTexts } from "../support/pdf.ts";

const expected = [
  { page: "/inwoner/", number: 1, note: "Vitaliteitsmodel" },
  { page: "/huis/", number: 2, note: "Trendbureau Drenthe" },
];

describe.each(expected)("footnote $number on $page", ({ page, number, note }) => {
  const doc = loadPage(page);

  it("is referred to by its document-wide number", () => {
    const refs = [...doc.querySelectorAll("a[data-footnote-ref]")];
    expect(refs.map((ref) => textOf(ref))).toEqual([String(number)]);
  });

  it("is listed under that number, with a back-link that says it", () => {
    const list = doc.querySelector("section[data-footnotes] ol")!;
    expect(Number(list.getAttribute("start") ?? "1")).toBe(number);
    const item = list.querySelector("li")!;
    expect(textOf(item)).toContain(note);
    expect(item.querySelector("a[data-footnote-backref]")?.getAttribute("aria-label")).toBe(`Terug naar voetnootverwijzing ${number}`);
    const target = doc.querySelector("a[data-footnote-ref]")!.getAttribute("href")!.slice(1);
    expect(item.id).toBe(target);
  });
});

describe("on the whole-document page", () => {
  const doc = loadPage("/document/");

  it("numbers the references 1 and 2, and every footnote anchor is unique", () => {
    expect([...doc.querySelectorAll("a[data-footnote-ref]")].map((ref) => textOf(ref))).toEqual(["1", "2"]);
    const ids = [...doc.querySelectorAll("[data-footnotes] li[id], a[data-footnote-ref][id]")].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of doc.querySelectorAll("a[data-footnote-ref]")) {
      expect(doc.getElementById(ref.getAttribute("href")!.slice(1))).not.toBeNull();
    }
  });
});

describe("in the PDF", () => {
  it("prints footnote 1 and footnote 2, never two footnotes numbered 1", () => {
    const text = fold(pageTexts().join("\n"));
    expect(text).toMatch(/1\. [^.]*Vitaliteitsmodel/);
    expect(text).toMatch(/2\. Zie: Rapportage Inventariserend Onderzoek Woonzorgvisie Assen, Trendbureau Drenthe/);
    expect(text).not.toMatch(/1\. Zie: Rapportage Inventariserend/);
  });
});
