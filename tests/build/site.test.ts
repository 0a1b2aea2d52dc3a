/** The built site as a reader finds it: home, five chapter pages, their navigation. */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPage, textOf } from "../support/dist.ts";
import { distDir } from "../support/paths.ts";

const chapters = [
  { path: "/inwoner/", title: "De inwoner" },
  { path: "/huis/", title: "Het huis" },
  { path: "/wijk/", title: "De wijk" },
  { path: "/stad-en-regio/", title: "De stad en regio" },
  { path: "/overheid-en-organisaties/", title: "De overheid en organisaties" },
];
const pages = ["/", ...chapters.map((c) => c.path)];

/** A site-internal href resolves to a built page (directory index). */
function builtPageExists(href: string): boolean {
  const pathname = new URL(href, "https://example.test/").pathname;
  return existsSync(path.join(distDir, pathname, pathname.endsWith(".html") ? "" : "index.html"));
}

const hrefs = (links: Iterable<Element>) => [...links].map((a) => a.getAttribute("href"));

describe.each(pages)("page %s", (page) => {
  const doc = loadPage(page);

  it("is Dutch, with a skip link to the main content", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe("nl");
    const skip = doc.querySelector("body > a.skip-link");
    expect(skip?.getAttribute("href")).toBe("#inhoud");
    expect(doc.querySelector("body > a")).toBe(skip);
    expect(doc.getElementById("inhoud")?.tagName.toLowerCase()).toBe("main");
  });

  it("has one h1 and headings that never skip a level", () => {
    expect(doc.querySelectorAll("h1")).toHaveLength(1);
    const levels = [...doc.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
    const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
    expect(skips).toEqual([]);
  });

  it("links every chapter in the chapter navigation, in order, to a built page", () => {
    const links = hrefs(doc.querySelectorAll("nav.chapter-nav a"));
    expect(links).toEqual(chapters.map((c) => c.path));
    for (const href of links) expect(builtPageExists(href!), href!).toBe(true);
  });
});

describe.each(chapters.map((chapter, index) => ({ ...chapter, index })))(
  "chapter $title ($path)",
  ({ path: page, title, index }) => {
    const doc = loadPage(page);

    it("has its title as the h1 and in the page title", () => {
      expect(textOf(doc.querySelector("h1"))).toBe(title);
      expect(doc.title.startsWith(`${title} |`)).toBe(true);
    });

    it("has a summary taken from its own text", () => {
      const summary = doc.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
      expect(summary.length).toBeGreaterThan(20);
      expect(textOf(doc.querySelector("article"))).toContain(summary);
    });

    it("marks itself as the current chapter in the navigation", () => {
      expect(hrefs(doc.querySelectorAll('nav.chapter-nav a[aria-current="page"]'))).toEqual([page]);
    });

    it("has a table of contents whose links all point at headings on the page", () => {
      const toc = [...doc.querySelectorAll("nav.toc a")];
      expect(toc.map((a) => textOf(a)).slice(0, 2)).toEqual([
        "Ambities",
        "Inzicht uit onderzoek / trends en ontwikkelingen",
      ]);
      for (const a of toc) {
        const id = decodeURIComponent(a.getAttribute("href")!.replace(/^#/, ""));
        const target = doc.getElementById(id);
        expect(target, `#${id}`).not.toBeNull();
        expect(textOf(target)).toBe(textOf(a));
      }
    });

    it("links the previous and next chapter", () => {
      const previous = doc.querySelector('nav.prev-next a[rel="prev"]');
      const next = doc.querySelector('nav.prev-next a[rel="next"]');
      expect(previous?.getAttribute("href") ?? null).toBe(chapters[index - 1]?.path ?? null);
      expect(next?.getAttribute("href") ?? null).toBe(chapters[index + 1]?.path ?? null);
      if (previous) expect(textOf(previous)).toContain(chapters[index - 1]!.title);
      if (next) expect(textOf(next)).toContain(chapters[index + 1]!.title);
    });

    it("shows its ambitions as a block with a list", () => {
      const ambities = doc.querySelector("main .ambities");
      expect(textOf(ambities?.querySelector("h2"))).toBe("Ambities");
      expect(ambities?.querySelectorAll(":scope > ul > li").length).toBeGreaterThanOrEqual(2);
    });
  },
);

describe("home page", () => {
  const doc = loadPage("/");

  it("lists the five chapters in order, each with its summary", () => {
    const cards = [...doc.querySelectorAll("main .chapter-card")];
    expect(cards.map((card) => card.querySelector("a")?.getAttribute("href"))).toEqual(
      chapters.map((c) => c.path),
    );
    expect(cards.map((card) => textOf(card.querySelector("a")))).toEqual(chapters.map((c) => c.title));
    for (const [i, card] of cards.entries()) {
      const summary = loadPage(chapters[i]!.path).querySelector('meta[name="description"]')?.getAttribute("content");
      expect(summary, chapters[i]!.path).toBeTruthy();
      expect(textOf(card)).toContain(summary!);
    }
  });

  it("introduces the visie in the words of the document", () => {
    expect(textOf(doc.querySelector("main"))).toContain(
      "het belang van de inwoners centraal, focus op een goed voorzieningenniveau in de wijken, " +
        "gedeelde verantwoordelijkheid, vernieuwen en pionieren.",
    );
  });
});
