// The rule and its reasons are in src/lib/checks/typed-numbers.ts; here it runs on every chapter.
import { describe, expect, it } from "vitest";
import { chapterModelOf, loadDocumentModel } from "../../src/lib/content/model/index.ts";
import { loadDatasetsOnce } from "../../src/lib/datasets/load.ts";
import { typedNumbers as typedInChapter } from "../../src/lib/checks/typed-numbers.ts";
import type { Dataset } from "../../src/lib/datasets/types.ts";
import { projectRoot } from "../support/paths.ts";

const datasets = loadDatasetsOnce(projectRoot);
const chapters = loadDocumentModel(projectRoot).chapters;

/** The rule on an MDX text of its own, as chapter "test.mdx". */
function typedNumbers(mdx: string, data: readonly Dataset[]) {
  return typedInChapter(chapterModelOf({ id: "test", file: "test.mdx", text: mdx }), data).map(({ line, text, suggestion }) => ({
    line,
    text,
    suggestion,
  }));
}

describe("no typed numbers in the chapters", () => {
  it.each(chapters.map((chapter) => [chapter.file, chapter] as const))("%s", (_file, chapter) => {
    const typed = typedInChapter(chapter, datasets);
    const report = typed.map((t) => `regel ${t.line}: "${t.text}" staat in data/ — schrijf ${t.suggestion}`);
    expect(report).toEqual([]);
  });
});

describe("the rule itself", () => {
  const check = (mdx: string) => typedNumbers(mdx, datasets).map((t) => t.text);

  it("finds a held number typed in prose, in any notation, and suggests the <Value>", () => {
    expect(check("Lariks scoort 56%.\nDe zorgvraag stijgt 41,3% tot ruim 10.000 mensen.")).toEqual(["56", "41,3", "10.000"]);
    expect(typedNumbers("Het tekort is 1.700.", datasets)[0]).toEqual({
      line: 1,
      text: "1.700",
      suggestion: '<Value of="personeelstekort-zorg-drenthe" row="2023" />',
    });
  });

  it("finds numbers inside a component's text, but not in its attributes", () => {
    expect(check('<Note>Het gaat om 180 partners.</Note>\n<OpenPoint reason="56 ontbreekt" />')).toEqual(["180"]);
  });

  it("skips years, dates, compound words, row labels, footnotes and numbers the data does not hold", () => {
    expect(
      check(
        "---\norder: 5\n---\nOp 1 januari 2024 in 2040 voor 65-plussers en 18-plussers[^1]; een 6 of hoger, (5 of lager); 1,5 jaar, de 10 wijken.\n\n[^1]: Uit: Vitaliteitsmodel.",
      ),
    ).toEqual([]);
  });

  it("ignores what <Value> renders", () => {
    expect(check('Lariks scoort <Value of="eenzaamheid" row="Lariks" />.')).toEqual([]);
  });
});
