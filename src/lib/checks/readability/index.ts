export type * from "./types";
export { b1Score, fleschDouma, maxSentenceWords, minScoredWords, readability, scoreLevel, scoreParagraph } from "./score";
export { countSyllables } from "./syllables";
export { splitSentences, wordsOf } from "./sentences";
export { chapterSummary, formatReadabilityReport, scoreText } from "./report";
export { readabilityUnits } from "./from-model";
