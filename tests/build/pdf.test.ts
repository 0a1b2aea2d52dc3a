// The PDF edition as the gemeenteraad gets it: dist/woonzorgvisie-assen.pdf, read with poppler and pdfjs.
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPage, textOf } from "../support/dist.ts";
import { fold, pageTexts, pdfInfo, pdfLanguage, pdfOutline, pdfPath, type OutlineEntry } from "../support/pdf.ts";

interface TocEntry {
  text: string;
  page: number;
  chapter: boolean;
}

/** The chapters as the site lists them, in order. */
function siteChapters(): { title: string; href: string }[] {
  const links = [...loadPage("/").querySelectorAll(".chapter-nav a")];
  return links.map((link) => ({ title: textOf(link), href: link.getAttribute("href") ?? "" }));
}

/** Reads the printed contents page(s): "1. De inwoner ....... 3", "Ambities ....... 3". */
function parseToc(pages: string[]): TocEntry[] {
  const first = pages.findIndex((text) => /^\s*Inhoud\s*$/m.test(text));
  const entries: TocEntry[] = [];
  let pending = "";
  for (const text of pages.slice(first, first + 3)) {
    if (/Hoofdstuk 1\b/.test(text)) break;
    for (const line of text.split("\n")) {
      if (/^\s*Inhoud\s*$/.test(line) || /pagina \d+ van \d+/.test(line) || /^\s*Woonzorgvisie Assen\s*$/.test(line)) continue;
      const match = /^\s*(.+?)\s+(\d+)\s*$/.exec(line);
      if (!match) {
        if (line.trim()) pending = `${pending} ${line.trim()}`;
        continue;
      }
      const entryText = fold(`${pending} ${match[1]}`);
      pending = "";
      entries.push({
        text: entryText.replace(/^\d+\.\s+/, ""),
        page: Number(match[2]),
        chapter: /^\d+\.\s/.test(entryText),
      });
    }
  }
  return entries;
}

function flatten(entries: OutlineEntry[]): OutlineEntry[] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.children)]);
}

describe("the PDF edition", () => {
  let info: Record<string, string>;
  let pages: string[];
  let toc: TocEntry[];
  let outline: OutlineEntry[];
  let chapters: { title: string; href: string }[];

  beforeAll(async () => {
    expect(existsSync(pdfPath), `${pdfPath} is missing: did the build print it?`).toBe(true);
    chapters = siteChapters();
    info = pdfInfo();
    pages = pageTexts();
    toc = parseToc(pages);
    outline = await pdfOutline();
  });

  it("is A4, tagged, with title, author, subject and language", async () => {
    expect(info["Page size"]).toMatch(/\(A4\)/);
    expect(info["Tagged"]).toBe("yes");
    expect(info["Title"]).toBe("Woonzorgvisie Assen");
    expect(info["Author"]).toBe("Gemeente Assen");
    expect(info["Subject"]).toMatch(/wonen, welzijn en zorg/);
    expect(await pdfLanguage()).toBe("nl");
    expect(Number(info["Pages"])).toBe(pages.length);
  });

  it("has a cover with title, organisation, status, version and date", () => {
    const cover = fold(pages[0]!);
    const footer = textOf(loadPage("/").querySelector(".site-footer"));
    const version = /Versie ([\d.]+), (\d+ \S+ \d{4})/.exec(footer);
    expect(version, "the home page's footer shows version and date").not.toBeNull();
    expect(cover).toContain("Woonzorgvisie Assen");
    expect(cover).toContain("Gemeente Assen");
    expect(cover).toMatch(/Status (Concept|Vastgesteld)/);
    expect(cover).toContain(`Versie ${version![1]}`);
    expect(cover).toContain(`Datum ${version![2]}`);
    expect(cover, "the cover carries no page footer").not.toMatch(/pagina \d/);
  });

  it("holds all five chapters in the site's order, each opening a new page under its own running header", () => {
    expect(chapters).toHaveLength(5);
    let previous = 0;
    chapters.forEach(({ title }, index) => {
      const opening = pages.findIndex((text) => fold(text).includes(`Hoofdstuk ${index + 1} ${title}`));
      expect(opening, `opening page of "${title}"`).toBeGreaterThan(previous);
      const lines = pages[opening]!.split("\n").filter((line) => line.trim());
      expect(fold(lines[0]!), "running header").toBe(`Woonzorgvisie Assen ${index + 1}. ${title}`);
      expect(fold(lines[1]!), "the chapter starts at the top of the page").toBe(`Hoofdstuk ${index + 1}`);
      previous = opening;
    });
  });

  it("numbers every page after the cover as 'pagina X van Y'", () => {
    pages.slice(1).forEach((text, index) => {
      expect(text).toContain(`pagina ${index + 2} van ${pages.length}`);
    });
  });

  it("lists every chapter and section in the contents with the page where it really starts", () => {
    const chapterEntries = toc.filter((entry) => entry.chapter);
    expect(chapterEntries.map((entry) => entry.text)).toEqual(chapters.map((chapter) => chapter.title));
    expect(toc.length, "sections are listed too").toBeGreaterThan(chapters.length);
    // Chromium places the bookmarks itself, from the headings: an independent witness of where they are.
    const bookmarks = outline.filter((entry) => chapters.some((chapter) => chapter.title === entry.title));
    expect(bookmarks.map((entry) => entry.title), "a bookmark per chapter").toEqual(chapters.map((c) => c.title));

    let chapterIndex = -1;
    let sectionIndex = 0;
    for (const entry of toc) {
      const onPage = fold(pages[entry.page - 1] ?? "");
      if (entry.chapter) {
        chapterIndex++;
        sectionIndex = 0;
        expect(onPage, `"${entry.text}" on page ${entry.page}`).toContain(`Hoofdstuk ${chapterIndex + 1} ${entry.text}`);
        expect(bookmarks[chapterIndex]!.page, `bookmark of "${entry.text}"`).toBe(entry.page);
        continue;
      }
      expect(onPage, `section "${entry.text}" on page ${entry.page}`).toContain(entry.text);
      // Section titles repeat across chapters ("Ambities"): the chapter's own bookmarks tell which is meant.
      const sections = flatten(bookmarks[chapterIndex]!.children).filter((b) => b.title !== "Voetnoten");
      const bookmark = sections[sectionIndex++];
      expect(bookmark?.title, `bookmark ${sectionIndex} of chapter ${chapterIndex + 1}`).toBe(entry.text);
      expect(bookmark?.page, `page of "${entry.text}" in chapter ${chapterIndex + 1}`).toBe(entry.page);
    }
  });

  it("leaves no heading alone at the bottom of a page", () => {
    const headings = flatten(outline).filter((entry) => entry.page > 1);
    expect(headings.length).toBeGreaterThan(10);
    for (const heading of headings) {
      const lines = pages[heading.page - 1]!.split("\n").map(fold).filter(Boolean);
      const body = lines.filter((line) => !/pagina \d+ van \d+/.test(line));
      expect(body.at(-1), `"${heading.title}" ends page ${heading.page}`).not.toBe(heading.title);
    }
  });

  it("has selectable text on every page (no page is only a picture)", () => {
    for (const [index, text] of pages.entries()) {
      expect(fold(text).length, `text on page ${index + 1}`).toBeGreaterThan(20);
    }
  });
});
