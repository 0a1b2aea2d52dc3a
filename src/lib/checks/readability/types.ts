/** A piece of running text to score: one paragraph or list item, with where it starts. */
export interface ReadabilityUnit {
  chapterId: string;
  /** Project-relative path: "src/content/chapters/huis.mdx". */
  file: string;
  line: number;
  /** Its paragraph number as the reader sees it ("4.12"), when it has one. */
  number: string | undefined;
  /** The words as a reader reads them; a number from data/ stands as "[getal]". Line breaks
   * ("\n") move to the next line of the file. */
  text: string;
}

export interface SentenceStats {
  text: string;
  line: number;
  words: number;
  syllables: number;
}

export interface ParagraphScore {
  unit: ReadabilityUnit;
  sentences: SentenceStats[];
  words: number;
  syllables: number;
  /** Flesch-Douma: 206,835 − 0,93 × woorden per zin − 77 × lettergrepen per woord. */
  score: number;
}

export interface LongSentence {
  chapterId: string;
  file: string;
  line: number;
  words: number;
  text: string;
}

export interface ChapterReadability {
  chapterId: string;
  file: string;
  paragraphs: ParagraphScore[];
  /** The chapter's score over all its words (long paragraphs weigh more). */
  score: number;
  /** Paragraphs scoring under the B1 mark. */
  hardParagraphs: number;
  longSentences: LongSentence[];
}
