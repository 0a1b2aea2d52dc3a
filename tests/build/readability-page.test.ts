/** The readability advice on /redactie/ is the advice of `npm run check`: the same paragraphs and
 * lists in the same order, with the same heads, and each long sentence quoted in full. */
import { describe, expect, it } from "vitest";
import { adviceHead, formatReadabilityReport, readability, readabilityUnits } from "../../src/lib/checks/readability/index.ts";
import { loadDocumentModel } from "../../src/lib/content/model/load.ts";
import { loadPage, textOf } from "../support/dist.ts";
import { projectRoot } from "../support/paths.ts";

describe("the readability advice on /redactie/", () => {
  const doc = loadPage("/redactie/");
  const model = loadDocumentModel(projectRoot);
  const chapters = readability(readabilityUnits(model));
  const report = formatReadabilityReport(chapters, (id) => id);

  it("lists per chapter, hardest first, the same paragraphs and lists as npm run check, in its order", () => {
    const titleOf = (id: string) => model.chapters.find((chapter) => chapter.id === id)!.title;
    expect([...doc.querySelectorAll(".readability__chapter > h3")].map(textOf)).toEqual(chapters.map((c) => titleOf(c.chapterId)));
    const shown = [...doc.querySelectorAll(".readability__head")].map(textOf);
    const checked = report
      .split("\n")
      .filter((line) => line.startsWith("  "))
      .map((line) => line.trim().split(": ")[0]!.replace("  ", " "));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(checked);
    expect(shown).toEqual(chapters.flatMap((c) => c.advice.map((a) => `${a.unit.file}:${a.unit.line} ${adviceHead(a)}`)));
  });

  it("gives each its reasons, every long sentence in full", () => {
    const items = [...doc.querySelectorAll(".readability__advice")];
    const advice = chapters.flatMap((c) => c.advice);
    items.forEach((item, index) => {
      const reasons = [...item.querySelectorAll(".readability__reasons > li")].map(textOf);
      expect(reasons.length, textOf(item)).toBeGreaterThan(0);
      const sentences = advice[index]!.reasons.flatMap((r) => (r.kind === "long-sentences" ? r.sentences : []));
      expect([...item.querySelectorAll("q")].map(textOf)).toEqual(sentences.map((s) => s.text));
    });
  });
});
