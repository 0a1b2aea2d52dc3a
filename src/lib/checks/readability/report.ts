// The readability section of `npm run check`: advice, never an error or an open point.
import { formatNumber } from "../../format.ts";
import { b1Score, maxSentenceWords, scoreLevel } from "./score.ts";
import type { ChapterReadability } from "./types.ts";

/** "54" — scores are shown rounded: one point more or less says nothing. */
export const scoreText = (score: number) => formatNumber(Math.round(score));

const excerpt = (text: string, length = 60) => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

export function chapterSummary(chapter: ChapterReadability, title: string): string {
  const long = chapter.longSentences.length;
  return (
    `${title}: Flesch-Douma ${scoreText(chapter.score)} (${scoreLevel(chapter.score)}); ` +
    `${chapter.hardParagraphs} van ${chapter.paragraphs.length} alinea's onder ${b1Score}; ` +
    `${long} ${long === 1 ? "zin" : "zinnen"} langer dan ${maxSentenceWords} woorden.`
  );
}

export function formatReadabilityReport(chapters: readonly ChapterReadability[], titleOf: (chapterId: string) => string): string {
  const lines = [
    `Leesbaarheid (B1), een advies: Flesch-Douma per alinea (${b1Score} of hoger is taalniveau B1) en zinnen langer dan ${maxSentenceWords} woorden.`,
    "Dit telt niet als open punt en houdt de bouw nooit tegen. Uitleg: docs/redactiegids.md, 'Leesbaarheid'.",
  ];
  for (const chapter of chapters) {
    lines.push("", chapterSummary(chapter, titleOf(chapter.chapterId)));
    for (const paragraph of chapter.paragraphs) {
      const which = paragraph.unit.number ? `alinea ${paragraph.unit.number}` : "alinea";
      lines.push(`  ${paragraph.unit.file}:${paragraph.unit.line}  ${which}: score ${scoreText(paragraph.score)} (${scoreLevel(paragraph.score)})  "${excerpt(paragraph.unit.text.replace(/\s+/g, " "))}"`);
      for (const sentence of paragraph.sentences.filter((s) => s.words > maxSentenceWords)) {
        lines.push(`  ${paragraph.unit.file}:${sentence.line}    zin van ${sentence.words} woorden  "${excerpt(sentence.text, 80)}"`);
      }
    }
  }
  return lines.join("\n");
}
