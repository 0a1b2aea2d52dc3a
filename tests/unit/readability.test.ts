import { describe, expect, test } from "vitest";
import { buildDocumentModel } from "../../src/lib/content/model/index.ts";
import {
  countSyllables,
  fleschDouma,
  formatReadabilityReport,
  readability,
  readabilityUnits,
  scoreLevel,
  splitSentences,
  wordsOf,
  type ReadabilityUnit,
} from "../../src/lib/checks/readability/index.ts";

describe("countSyllables (Dutch hyphenation patterns)", () => {
  test.each([
    ["de", 1],
    ["ook", 1],
    ["eenzaamheid", 3],
    ["ouderen", 3],
    ["zorgbehoeftige", 5],
    ["woonsituatie", 5],
    ["Assenaren", 4],
    ["vrijwilligerswerk", 5],
    ["geïndiceerd", 4],
    // Hyphenation never splits one letter off a word's edge; the vowel groups still count.
    ["idee", 2],
    ["zee", 1],
  ])("%s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  test("punctuation does not count, a compound with a hyphen counts both parts, a number counts two", () => {
    expect(countSyllables("(wijken),")).toBe(2);
    expect(countSyllables("niet-zelfstandig")).toBe(4);
    expect(countSyllables("2040")).toBe(2);
    expect(countSyllables("–")).toBe(0);
  });
});

describe("splitSentences", () => {
  test("ends a sentence at . ! ? before a capital, not after an abbreviation", () => {
    const text = "Het scenario t.o.v. 2021 is realistisch. Zie hst. De wijk! Klopt dat? Ja.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Het scenario t.o.v. 2021 is realistisch.", "Zie hst. De wijk!", "Klopt dat?", "Ja."]);
  });

  test("a list item without a full stop is one sentence; a dash alone is no word", () => {
    expect(splitSentences("geclusterd zelfstandig wonen – met een netwerk").map((s) => s.text)).toEqual(["geclusterd zelfstandig wonen – met een netwerk"]);
    expect(wordsOf("geclusterd zelfstandig wonen – met een netwerk")).toHaveLength(6);
  });
});

describe("fleschDouma", () => {
  test("is 206,835 − 0,93 × words per sentence − 77 × syllables per word, within 0 to 100", () => {
    // 20 words in 2 sentences with 30 syllables: 206,835 − 9,3 − 115,5 = 82,035
    expect(fleschDouma(20, 2, 30)).toBeCloseTo(82.035, 3);
    expect(fleschDouma(5, 1, 16)).toBe(0);
    expect(fleschDouma(4, 1, 4)).toBe(100);
  });

  test("names the level in words, B1 from 60", () => {
    expect(scoreLevel(59.4)).toBe("vrij moeilijk");
    expect(scoreLevel(59.6)).toBe("B1: goed te lezen");
    expect(scoreLevel(29)).toBe("zeer moeilijk");
  });
});

const unit = (line: number, text: string): ReadabilityUnit => ({ chapterId: "huis", file: "src/content/chapters/huis.mdx", line, number: undefined, text });

describe("readability", () => {
  const long = "Als er geen zelfstandige woonruimte beschikbaar is op het moment dat jongeren de Jeugdzorg met verblijf verlaten, komt het regelmatig voor dat zij een indicatie krijgen.";
  const result = readability([unit(10, "De meeste mensen wonen graag in Assen. Ze zijn tevreden."), unit(12, `Een korte zin staat hier.\n${long}`), unit(14, "Westerveld")]);

  test("scores each paragraph of five words or more, and the chapter over all its words", () => {
    expect(result).toHaveLength(1);
    const [chapter] = result;
    expect(chapter!.paragraphs.map((p) => p.unit.line)).toEqual([10, 12]);
    expect(chapter!.paragraphs[0]!.words).toBe(10);
    expect(chapter!.paragraphs[0]!.sentences).toHaveLength(2);
    const words = chapter!.paragraphs.reduce((sum, p) => sum + p.words, 0);
    const syllables = chapter!.paragraphs.reduce((sum, p) => sum + p.syllables, 0);
    expect(chapter!.score).toBeCloseTo(fleschDouma(words, 4, syllables), 6);
  });

  test("lists every sentence longer than 20 words with the line it starts on", () => {
    expect(result[0]!.longSentences).toEqual([{ chapterId: "huis", file: "src/content/chapters/huis.mdx", line: 13, words: 26, text: long }]);
  });

  test("the report names file:line, the score in words and the long sentence, as advice", () => {
    const report = formatReadabilityReport(result, () => "Het huis");
    expect(report).toContain("Het huis: Flesch-Douma");
    expect(report).toContain("src/content/chapters/huis.mdx:10  alinea");
    expect(report).toContain("src/content/chapters/huis.mdx:13    zin van 26 woorden");
    expect(report).toContain("houdt de bouw nooit tegen");
  });
});

describe("readabilityUnits (from the document model)", () => {
  const text = [
    "---",
    "title: Het huis",
    "order: 1",
    "---",
    "",
    "## Een kop telt niet mee",
    "",
    "Van alle Assenaren heeft <Value of=\"collectief-wonen\" row=\"alle Assenaren\" /> belangstelling<Footnote>Zie de bron.</Footnote>.",
    "",
    "- een punt in een lijst",
    "",
    "<Quote source=\"Actium\">",
    "  Een citaat telt niet mee.",
    "</Quote>",
  ].join("\n");
  const model = buildDocumentModel([{ id: "huis", file: "src/content/chapters/huis.mdx", text }]);

  test("gives paragraphs and list items with their line and number; a value reads as [getal]; headings, quotes and footnotes are left out", () => {
    expect(readabilityUnits(model)).toEqual([
      { chapterId: "huis", file: "src/content/chapters/huis.mdx", line: 8, number: "1.2", text: "Van alle Assenaren heeft [getal] belangstelling." },
      { chapterId: "huis", file: "src/content/chapters/huis.mdx", line: 10, number: "1.3", text: "een punt in een lijst" },
    ]);
  });
});
