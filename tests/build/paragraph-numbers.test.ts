// Every heading, paragraph and list item below a chapter's title has a number a reader can cite
// ("2.14") and link to (#p-2-14): on the page, on the whole-document page and in the PDF. The
// numbers are the document model's, so the renvooi names the same ones.
import { describe, expect, it } from "vitest";
import { loadDocumentModel, allBlocks } from "../../src/lib/content/model/index.ts";
import { loadPage, textOf } from "../support/dist.ts";
import { fold, pageTexts } from "../support/pdf.ts";
import { projectRoot } from "../support/paths.ts";

const model = loadDocumentModel(projectRoot);

/** The numbers the model gives a chapter, in reading order. */
function modelNumbers(chapterIndex: number): string[] {
  const chapter = model.chapters[chapterIndex]!;
  return [...allBlocks(chapter.blocks)].flatMap(({ block }) => (block.number ? [block.number] : []));
}

describe.each(model.chapters.map((chapter, index) => [chapter.id, index] as const))("chapter %s", (id, index) => {
  const doc = loadPage(`/${id}/`);
  const article = doc.querySelector("article")!;
  const numbers = [...article.querySelectorAll("a.paragraph-number")];

  it("numbers every heading, paragraph and list item in reading order, as the model does", () => {
    const shown = numbers.map((a) => a.getAttribute("data-number"));
    expect(shown).toEqual(modelNumbers(index));
    expect(shown[0]).toBe(`${index + 1}.1`);
    expect(shown.at(-1)).toBe(`${index + 1}.${shown.length}`);
  });

  it("gives each number an anchor that links to itself, named by the number it shows", () => {
    for (const anchor of numbers) {
      const number = anchor.getAttribute("data-number")!;
      const id = `p-${number.replace(".", "-")}`;
      expect(anchor.id).toBe(id);
      expect(anchor.getAttribute("href")).toBe(`#${id}`);
      expect(anchor.getAttribute("aria-label")).toBe(number);
      expect(anchor.getAttribute("title")).toBe(`Link naar ${number}`);
    }
  });

  it("puts the number inside the block it numbers, and nowhere else", () => {
    const blocks = [...article.querySelectorAll("h2, h3, h4, p, li")].filter((el) => !el.closest("[data-footnotes], figure.figure, table"));
    const numbered = blocks.filter((el) => el.querySelector(":scope > a.paragraph-number, :scope > p:first-child > a.paragraph-number"));
    expect(numbered.length).toBe(numbers.length);
    expect(article.querySelector("[data-footnotes] a.paragraph-number")).toBeNull();
  });

  it("keeps headings' own ids and text: the number is not part of a heading's name", () => {
    for (const heading of article.querySelectorAll("h2[id]")) {
      expect(heading.id).not.toMatch(/^\d/);
      expect(textOf(heading)).not.toMatch(/^\d+\.\d+/);
    }
  });
});

describe("on the whole-document page", () => {
  it("keeps every paragraph anchor, scoped to its chapter, with the number as plain text for paper", () => {
    const doc = loadPage("/document/");
    const numbers = [...doc.querySelectorAll(".paragraph-number")];
    expect(numbers.every((element) => element.tagName === "SPAN" && /^\d+\.\d+$/.test(textOf(element)))).toBe(true);
    expect(numbers.every((element) => element.getAttribute("aria-hidden") === "true")).toBe(true);
    const ids = numbers.map((element) => element.id);
    expect(ids.length).toBe(model.chapters.reduce((sum, _c, index) => sum + modelNumbers(index).length, 0));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("huis--p-2-14");
  });
});

describe("in the PDF", () => {
  it("prints each number before its text", () => {
    const text = fold(pageTexts().join("\n"));
    const huis = model.chapters[1]!;
    const paragraph = [...allBlocks(huis.blocks)].find(({ block }) => block.kind === "paragraph" && block.number)!.block;
    const firstWords = textOf(loadPage("/huis/").getElementById(`p-${paragraph.number!.replace(".", "-")}`)!.parentElement).slice(0, 30);
    expect(text).toContain(`${paragraph.number} ${firstWords}`);
  });
});
