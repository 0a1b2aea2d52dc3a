// The Flesch-Douma reading ease (Douma 1960, Flesch's formula for Dutch) and what a score means.
import { countSyllables } from "./syllables.ts";
import { splitSentences, wordsOf } from "./sentences.ts";
import type { ReadabilityUnit, SentenceStats, UnitScore } from "./types.ts";

/** Language level B1 reads at about 60 or more ("normaal" in Douma's table); lower is harder. */
export const b1Score = 60;
/** A sentence longer than this is advised against at B1. */
export const maxSentenceWords = 20;
/**
 * The formula is made for samples of about 100 words. In a shorter text one long word moves the
 * score by 77 × its extra syllables ÷ the number of words: a word of six syllables instead of two
 * costs an 11-word sentence 28 points (from "normaal" to "zeer moeilijk"), a text of 40 words
 * 8 points, about half a band of Douma's table. Shorter units get no score, only sentence advice.
 */
export const minScoredWords = 40;

/** 0 (very hard) to 100 (very easy); the formula itself can go past both ends, which says no more. */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100;
  const score = 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
  return Math.min(100, Math.max(0, score));
}

/** Douma's own table: what a score means, in words. */
const levels: ReadonlyArray<[from: number, level: string]> = [
  [90, "zeer gemakkelijk"],
  [80, "gemakkelijk"],
  [70, "tamelijk gemakkelijk"],
  [b1Score, "normaal"],
  [45, "tamelijk moeilijk"],
  [30, "moeilijk"],
  [0, "zeer moeilijk"],
];

export function scoreLevel(score: number): string {
  const rounded = Math.round(score);
  return levels.find(([from]) => rounded >= from)![1];
}

function sentenceStats(text: string, line: number): SentenceStats[] {
  return splitSentences(text)
    .map((sentence) => {
      const words = wordsOf(sentence.text);
      return {
        text: sentence.text.replace(/\s+/g, " "),
        line: line + (text.slice(0, sentence.offset).match(/\n/g)?.length ?? 0),
        words: words.length,
        syllables: words.reduce((sum, word) => sum + countSyllables(word), 0),
      };
    })
    .filter((sentence) => sentence.words > 0);
}

/** Every sentence of a unit (an item of a list ends its sentence) and, when it is long enough, its score. */
export function scoreUnit(unit: ReadabilityUnit): UnitScore {
  const sentences = unit.pieces.flatMap((piece) => sentenceStats(piece.text, piece.line));
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const syllables = sentences.reduce((sum, sentence) => sum + sentence.syllables, 0);
  const score = words >= minScoredWords ? fleschDouma(words, sentences.length, syllables) : undefined;
  return { unit, sentences, words, syllables, score };
}
