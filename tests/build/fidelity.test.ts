/**
 * Fidelity: every paragraph of the source text is on the site, in the chapter it belongs to, in
 * its order. The source is the text extracted from the document (a copy of the seed lives in
 * tests/fixtures so a fresh clone can run this). Everything that was changed on the way is listed
 * in tests/fixtures/seed-mends.ts; nothing else may differ.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPage } from "../support/dist.ts";
import { seedMends, type Mend } from "../fixtures/seed-mends.ts";

const seedFile = new URL("../fixtures/seed-000_e15fa775c6e4472d.txt", import.meta.url);

/** The chapter headings as the seed has them (after mending), and the page of each chapter. */
const chapterOfHeading: Record<string, string> = {
  "DE INWONER": "/inwoner/",
  "HET HUIS": "/huis/",
  "DE WIJK": "/wijk/",
  "DE STAD EN REGIO": "/stad-en-regio/",
  "DE OVERHEID EN ORGANISATIES": "/overheid-en-organisaties/",
};

/** The only normalisation: runs of whitespace (line breaks, indents, non-breaking spaces)
 * count as one space, because neither the extraction's line breaks nor HTML's whitespace
 * carry meaning. Punctuation and wording must match exactly (list items: see the mend list). */
const fold = (text: string) => text.replace(/\s+/g, " ").trim();

export function applyMends(text: string, mends: readonly Mend[]): string {
  return mends.reduce((current, [extracted, mended]) => {
    if (!current.includes(extracted)) {
      throw new Error(`Mend not applicable, the seed has no ${JSON.stringify(extracted)}`);
    }
    return current.split(extracted).join(mended);
  }, text);
}

interface SeedChapter {
  heading: string;
  page: string;
  paragraphs: string[];
}

function seedChapters(text: string): SeedChapter[] {
  const chapters: SeedChapter[] = [];
  for (const paragraph of text.split(/\n\s*\n/).map(fold).filter(Boolean)) {
    const page = chapterOfHeading[paragraph];
    if (page) chapters.push({ heading: paragraph, page, paragraphs: [] });
    else if (chapters.length === 0) throw new Error(`Paragraph before the first chapter: ${paragraph}`);
    else chapters.at(-1)!.paragraphs.push(paragraph);
  }
  return chapters;
}

const blockTags = new Set(
  "p li ul ol h1 h2 h3 h4 h5 h6 table thead tbody tr td th section aside figure figcaption blockquote div".split(" "),
);

/** The chapter text a reader sees, without what the site adds around the source's words:
 * footnote reference numbers and back-links, and the explanation of an open point. Blocks and
 * table cells are separated by a space, as they are on screen. */
function chapterText(page: string): { title: string; text: string } {
  const article = loadPage(page).querySelector("article");
  if (!article) throw new Error(`${page} has no <article>`);
  for (const ref of article.querySelectorAll("a[data-footnote-ref]")) (ref.parentElement ?? ref).remove();
  for (const added of article.querySelectorAll("a[data-footnote-backref], .open-point__reason")) added.remove();
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    else if (node.nodeType === 1) {
      const block = blockTags.has((node as Element).tagName.toLowerCase());
      if (block) parts.push(" ");
      node.childNodes.forEach(walk);
      if (block) parts.push(" ");
    }
  };
  walk(article);
  return { title: fold(article.querySelector("h1")?.textContent ?? ""), text: fold(parts.join("")) };
}

/** Paragraphs not found in `text` after the previous one: missing, or out of order. */
function unmatched(paragraphs: string[], text: string): string[] {
  const problems: string[] = [];
  let cursor = 0;
  for (const paragraph of paragraphs) {
    const at = text.indexOf(paragraph, cursor);
    if (at >= 0) cursor = at + paragraph.length;
    else problems.push(`${text.includes(paragraph) ? "OUT OF ORDER" : "MISSING"}: ${paragraph}`);
  }
  return problems;
}

const chapters = seedChapters(applyMends(readFileSync(seedFile, "utf8"), seedMends));

describe("the seed text, mended", () => {
  it("has the five chapters, in document order, each with text", () => {
    expect(chapters.map((c) => c.page)).toEqual(Object.values(chapterOfHeading));
    for (const chapter of chapters) expect(chapter.paragraphs.length).toBeGreaterThan(3);
  });
});

describe.each(chapters)("chapter $heading ($page)", ({ heading, page, paragraphs }) => {
  const built = chapterText(page);

  it("has the heading of the source as its title", () => {
    expect(built.title.toUpperCase()).toBe(heading);
  });

  it("contains every paragraph of the source, in order", () => {
    expect(unmatched(paragraphs, built.text)).toEqual([]);
  });
});
