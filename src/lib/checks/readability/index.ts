export type * from "./types.ts";
export { b1Score, fleschDouma, maxSentenceWords, minScoredWords, scoreLevel, scoreUnit } from "./score.ts";
export { adviseUnit, longWordSyllables, readability } from "./advice.ts";
export { countSyllables } from "./syllables.ts";
export { splitSentences, wordsOf } from "./sentences.ts";
export {
  adviceCount,
  adviceHead,
  adviceLine,
  averagesText,
  chapterSummary,
  formatReadabilityReport,
  longWordsText,
  moreLongSentences,
  reportIntro,
  scoreText,
  scoreWithLevel,
  sentenceLength,
  unitLabel,
} from "./report.ts";
export { readabilityUnits } from "./from-model.ts";
