// The words of the readability advice, for `npm run check` and for /redactie/: advice, never an
// error or an open point.
import { formatNumber } from "../../format.ts";
import { b1Score, maxSentenceWords, scoreLevel } from "./score.ts";
import type { ChapterReadability, LongWord, ReadabilityUnit, Reason, SentenceStats, UnitAdvice } from "./types.ts";

/** "54" — scores are shown rounded: one point more or less says nothing. */
export const scoreText = (score: number) => formatNumber(Math.round(score));

/** "score 33 (moeilijk)" */
export const scoreWithLevel = (score: number) => `score ${scoreText(score)} (${scoreLevel(score)})`;

const range = (numbers: ReadabilityUnit["numbers"]) =>
  numbers === undefined ? "" : numbers.first === numbers.last ? ` ${numbers.first}` : ` ${numbers.first}–${numbers.last}`;

/** "alinea 2.19", "opsomming 2.2–2.8", "alinea en opsomming 4.11–4.15" */
export function unitLabel(unit: ReadabilityUnit): string {
  const name = { paragraph: "alinea", list: "opsomming", "paragraph-and-list": "alinea en opsomming" }[unit.kind];
  return `${name}${range(unit.numbers)}`;
}

/** "zin van 39 woorden", with the line when the sentence does not start on the unit's first line. */
export const sentenceLength = (sentence: SentenceStats, unit: ReadabilityUnit) =>
  `zin van ${sentence.words} woorden${sentence.line === unit.line ? "" : ` (regel ${sentence.line})`}`;

const lineList = (all: number[]) => {
  const lines = [...new Set(all)];
  return lines.length === 1 ? `regel ${lines[0]}` : `regels ${lines.slice(0, -1).join(", ")} en ${lines.at(-1)}`;
};

/** "nog 2 zinnen van meer dan 20 woorden (regels 41 en 43)" */
export function moreLongSentences(sentences: readonly SentenceStats[]): string {
  const count = sentences.length;
  return `nog ${count} ${count === 1 ? "zin" : "zinnen"} van meer dan ${maxSentenceWords} woorden (${lineList(sentences.map((s) => s.line))})`;
}

/** "lange woorden: levensloopbestendige (7 lettergrepen), zorggeschikte (4)" */
export const longWordsText = (words: readonly LongWord[]) =>
  `lange woorden: ${words.map((w, i) => `${w.word} (${w.syllables}${i === 0 ? " lettergrepen" : ""})`).join(", ")}`;

/** "gemiddeld 18 woorden per zin en 1,9 lettergrepen per woord" */
export const averagesText = (reason: Extract<Reason, { kind: "averages" }>) =>
  `gemiddeld ${formatNumber(Math.round(reason.wordsPerSentence))} woorden per zin en ${formatNumber(reason.syllablesPerWord, 1)} lettergrepen per woord`;

const excerpt = (text: string, length = 60) => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

/** The reasons of one unit as one line of text, the long sentence quoted (shortened). */
function reasonsLine(advice: UnitAdvice): string {
  return advice.reasons
    .map((reason) => {
      if (reason.kind === "long-sentences") {
        const [longest, ...more] = reason.sentences;
        const first = `${sentenceLength(longest!, advice.unit)}: "${excerpt(longest!.text)}"`;
        return more.length > 0 ? `${first}; ${moreLongSentences(more)}` : first;
      }
      return reason.kind === "long-words" ? longWordsText(reason.words) : averagesText(reason);
    })
    .join("; ");
}

/** "alinea 2.19, score 33 (moeilijk)" */
export const adviceHead = (advice: UnitAdvice) =>
  `${unitLabel(advice.unit)}${advice.score === undefined ? "" : `, ${scoreWithLevel(advice.score)}`}`;

export function adviceLine(advice: UnitAdvice): string {
  return `${advice.unit.file}:${advice.unit.line}  ${adviceHead(advice)}: ${reasonsLine(advice)}`;
}

/** "5 van de 24 alinea's en opsommingen" */
export const adviceCount = (chapter: ChapterReadability) =>
  chapter.advice.length === 0 ? "geen alinea of opsomming" : `${chapter.advice.length} van de ${chapter.units.length} alinea's en opsommingen`;

export function chapterSummary(chapter: ChapterReadability, title: string): string {
  return `${title}: Flesch-Douma ${scoreText(chapter.score)} (${scoreLevel(chapter.score)}) over ${formatNumber(chapter.words)} woorden; ${adviceCount(chapter)} ${chapter.advice.length === 1 ? "kan" : "kunnen"} eenvoudiger.`;
}

export const reportIntro = [
  `Leesbaarheid (B1), een advies: de alinea's en opsommingen die eenvoudiger kunnen, de moeilijkste eerst, met de reden (een score onder ${b1Score} of een zin van meer dan ${maxSentenceWords} woorden).`,
  "Dit telt niet als open punt en houdt de bouw nooit tegen. Uitleg: docs/redactiegids.md, 'Leesbaarheid'.",
];

/** Per chapter (hardest first) one summary line, then one line per unit that can be easier to read. */
export function formatReadabilityReport(chapters: readonly ChapterReadability[], titleOf: (chapterId: string) => string): string {
  const lines = [...reportIntro];
  for (const chapter of chapters) {
    lines.push("", chapterSummary(chapter, titleOf(chapter.chapterId)));
    for (const advice of chapter.advice) lines.push(`  ${adviceLine(advice)}`);
  }
  return lines.join("\n");
}
