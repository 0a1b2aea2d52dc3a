// The Flesch-Douma reading ease (Douma 1960, Flesch's formula for Dutch) and what a score means.
import { countSyllables } from "./syllables.ts";
import { splitSentences, wordsOf } from "./sentences.ts";
import type { ChapterReadability, LongSentence, ParagraphScore, ReadabilityUnit, SentenceStats } from "./types.ts";

/** Language level B1 reads at about 60 or more; lower is harder. */
export const b1Score = 60;
/** A sentence longer than this is advised against at B1. */
export const maxSentenceWords = 20;
/** Shorter pieces (a name in a list, "zelfstandig wonen") get no score: the formula says nothing about them. */
export const minScoredWords = 5;

/** 0 (very hard) to 100 (very easy); the formula itself can go past both ends, which says no more. */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100;
  const score = 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
  return Math.min(100, Math.max(0, score));
}

/** In words, for an editor: what a score means. */
export function scoreLevel(score: number): string {
  score = Math.round(score);
  if (score >= 80) return "makkelijk";
  if (score >= b1Score) return "B1: goed te lezen";
  if (score >= 50) return "vrij moeilijk";
  if (score >= 30) return "moeilijk";
  return "zeer moeilijk";
}

export function scoreParagraph(unit: ReadabilityUnit): ParagraphScore {
  const sentences: SentenceStats[] = splitSentences(unit.text).map((sentence) => {
    const words = wordsOf(sentence.text);
    return {
      text: sentence.text.replace(/\s+/g, " "),
      line: unit.line + (unit.text.slice(0, sentence.offset).match(/\n/g)?.length ?? 0),
      words: words.length,
      syllables: words.reduce((sum, word) => sum + countSyllables(word), 0),
    };
  });
  const counted = sentences.filter((sentence) => sentence.words > 0);
  const words = counted.reduce((sum, sentence) => sum + sentence.words, 0);
  const syllables = counted.reduce((sum, sentence) => sum + sentence.syllables, 0);
  return { unit, sentences: counted, words, syllables, score: fleschDouma(words, counted.length, syllables) };
}

/** Scores per paragraph and per chapter, and every sentence longer than {@link maxSentenceWords} words. */
export function readability(units: readonly ReadabilityUnit[]): ChapterReadability[] {
  const chapters = new Map<string, ParagraphScore[]>();
  for (const unit of units) {
    const paragraph = scoreParagraph(unit);
    if (paragraph.words < minScoredWords) continue;
    chapters.set(unit.chapterId, [...(chapters.get(unit.chapterId) ?? []), paragraph]);
  }
  return [...chapters].map(([chapterId, paragraphs]) => {
    const words = paragraphs.reduce((sum, p) => sum + p.words, 0);
    const sentences = paragraphs.reduce((sum, p) => sum + p.sentences.length, 0);
    const syllables = paragraphs.reduce((sum, p) => sum + p.syllables, 0);
    const longSentences: LongSentence[] = paragraphs.flatMap((p) =>
      p.sentences
        .filter((sentence) => sentence.words > maxSentenceWords)
        .map((sentence) => ({ chapterId, file: p.unit.file, line: sentence.line, words: sentence.words, text: sentence.text })),
    );
    return {
      chapterId,
      file: paragraphs[0]!.unit.file,
      paragraphs,
      score: fleschDouma(words, sentences, syllables),
      hardParagraphs: paragraphs.filter((p) => p.score < b1Score).length,
      longSentences,
    };
  });
}
