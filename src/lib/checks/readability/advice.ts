// Which paragraphs and lists can be easier to read, and why: the advice of `npm run check` and /redactie/.
import { b1Score, fleschDouma, maxSentenceWords, scoreUnit } from "./score.ts";
import { countSyllables } from "./syllables.ts";
import { wordsOf } from "./sentences.ts";
import type { ChapterReadability, LongWord, Reason, ReadabilityUnit, UnitAdvice, UnitScore } from "./types.ts";

/** A word of this many syllables or more is named as a long word. */
export const longWordSyllables = 4;
/** At most this many long words are named per unit: the ones an editor can shorten first. */
const namedLongWords = 3;

/** The word without the punctuation around it; undefined for what is no word to shorten: a number,
 * "[getal]", or a name (a capital inside the sentence, or more than one: "Noorderpark", "GGZ"). */
function shortenable(token: string, first: boolean): string | undefined {
  if (token.startsWith("[")) return undefined;
  const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (!/\p{L}/u.test(word)) return undefined;
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  if (capitals > 1 || (capitals === 1 && (!first || !/^\p{Lu}/u.test(word)))) return undefined;
  return word;
}

function longWords(scored: UnitScore): LongWord[] {
  const found = new Map<string, LongWord>();
  for (const sentence of scored.sentences) {
    wordsOf(sentence.text).forEach((token, index) => {
      const word = shortenable(token, index === 0);
      if (!word || found.has(word.toLowerCase())) return;
      const syllables = countSyllables(word);
      if (syllables >= longWordSyllables) found.set(word.toLowerCase(), { word, syllables });
    });
  }
  return [...found.values()].sort((a, b) => b.syllables - a.syllables).slice(0, namedLongWords);
}

/** The advice for one unit, or undefined when it reads well enough. */
export function adviseUnit(scored: UnitScore): UnitAdvice | undefined {
  const reasons: Reason[] = [];
  const long = scored.sentences.filter((sentence) => sentence.words > maxSentenceWords).sort((a, b) => b.words - a.words);
  if (long.length > 0) reasons.push({ kind: "long-sentences", sentences: long });
  const hard = scored.score !== undefined && scored.score < b1Score;
  if (hard) {
    const words = longWords(scored);
    if (words.length > 0) reasons.push({ kind: "long-words", words });
    if (reasons.length === 0) {
      reasons.push({ kind: "averages", wordsPerSentence: scored.words / scored.sentences.length, syllablesPerWord: scored.syllables / scored.words });
    }
  }
  if (!hard && long.length === 0) return undefined;
  return { unit: scored.unit, score: scored.score, reasons };
}

/** Hardest first: the lowest score; then the units too short for a score, longest sentence first. */
function harder(a: UnitAdvice, b: UnitAdvice): number {
  if (a.score !== undefined || b.score !== undefined) return (a.score ?? Infinity) - (b.score ?? Infinity);
  const longest = (advice: UnitAdvice) => advice.reasons.find((r) => r.kind === "long-sentences")?.sentences[0]?.words ?? 0;
  return longest(b) - longest(a);
}

/** Per chapter, hardest chapter first: its score over all its words, and the advice, hardest first. */
export function readability(units: readonly ReadabilityUnit[]): ChapterReadability[] {
  const chapters = new Map<string, UnitScore[]>();
  for (const unit of units) {
    const scored = scoreUnit(unit);
    if (scored.words === 0) continue;
    chapters.set(unit.chapterId, [...(chapters.get(unit.chapterId) ?? []), scored]);
  }
  return [...chapters]
    .map(([chapterId, scored]) => {
      const words = scored.reduce((sum, s) => sum + s.words, 0);
      const sentences = scored.reduce((sum, s) => sum + s.sentences.length, 0);
      const syllables = scored.reduce((sum, s) => sum + s.syllables, 0);
      return {
        chapterId,
        file: scored[0]!.unit.file,
        score: fleschDouma(words, sentences, syllables),
        words,
        units: scored,
        advice: scored.flatMap((s) => adviseUnit(s) ?? []).sort(harder),
      };
    })
    .sort((a, b) => a.score - b.score);
}
