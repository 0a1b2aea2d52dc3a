/** A piece of running text as a reader reads it: a paragraph, or one list item's own text. */
export interface TextPiece {
  /** The words; a number from data/ stands as "[getal]". A line break ("\n") moves to the next line of the file. */
  text: string;
  line: number;
}

/**
 * What the advice is about: one paragraph, or a whole list scored as one piece of text (its items
 * are often fragments such as "zelfstandig wonen", which say nothing on their own), together with
 * the paragraph that leads into it when that paragraph ends with a colon.
 */
export interface ReadabilityUnit {
  chapterId: string;
  /** Project-relative path: "src/content/chapters/huis.mdx". */
  file: string;
  line: number;
  kind: "paragraph" | "list" | "paragraph-and-list";
  /** The paragraph numbers the reader sees, first and last ("2.2" and "2.8"), when it has them. */
  numbers: { first: string; last: string } | undefined;
  /** Each list item is a piece of its own, and where one ends so does its sentence. */
  pieces: TextPiece[];
}

export interface SentenceStats {
  text: string;
  line: number;
  words: number;
  syllables: number;
}

export interface LongWord {
  word: string;
  syllables: number;
}

export interface UnitScore {
  unit: ReadabilityUnit;
  sentences: SentenceStats[];
  words: number;
  syllables: number;
  /** Flesch-Douma: 206,835 − 0,93 × woorden per zin − 77 × lettergrepen per woord; undefined for a
   * unit too short for the formula (see minScoredWords). */
  score: number | undefined;
}

/** Why a unit is hard to read, in the order an editor can act on it. */
export type Reason =
  /** Sentences longer than maxSentenceWords, longest first. */
  | { kind: "long-sentences"; sentences: SentenceStats[] }
  /** The longest words of a unit that scores under the B1 mark. */
  | { kind: "long-words"; words: LongWord[] }
  /** Under the B1 mark without one long sentence or long word: the averages say why. */
  | { kind: "averages"; wordsPerSentence: number; syllablesPerWord: number };

/** One paragraph or list that can be easier to read, with why. */
export interface UnitAdvice {
  unit: ReadabilityUnit;
  /** Its score when it has one (see minScoredWords); under the B1 mark, that is a reason in itself. */
  score: number | undefined;
  reasons: Reason[];
}

export interface ChapterReadability {
  chapterId: string;
  file: string;
  /** The chapter's score over all its words (a long paragraph weighs more). */
  score: number;
  words: number;
  units: UnitScore[];
  /** The units that can be easier to read, hardest first. */
  advice: UnitAdvice[];
}
