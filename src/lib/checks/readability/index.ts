export type * from "./types.ts";
export { b1Score, fleschDouma, maxSentenceWords, minScoredWords, readability, scoreLevel, scoreParagraph } from "./score.ts";
export { countSyllables } from "./syllables.ts";
export { splitSentences, wordsOf } from "./sentences.ts";
export { chapterSummary, formatReadabilityReport, scoreText } from "./report.ts";
export { readabilityUnits } from "./from-model.ts";
