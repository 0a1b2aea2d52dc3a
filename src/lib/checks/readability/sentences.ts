// Sentences and words of plain text (already taken out of the MDX by the document model).

/** Abbreviations whose full stop does not end a sentence (lower case, without the last full stop). */
const abbreviations = new Set(["t.o.v", "bijv", "hst", "o.a", "m.b.t", "e.d", "nr", "blz", "d.w.z", "i.p.v", "z.g.a", "ca", "incl", "excl", "m.n", "t.a.v", "resp", "evt", "vs"]);

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it came from. */
  offset: number;
}

function endsSentence(token: string, next: string | undefined): boolean {
  const stripped = token.replace(/[)’'"”»]+$/u, "");
  if (!/[.!?]$/.test(stripped)) return false;
  if (next === undefined) return true;
  if (stripped.endsWith(".")) {
    const word = stripped.slice(0, -1).toLowerCase().replace(/^[(‘'"“«]+/u, "");
    if (abbreviations.has(word) || /^\p{L}$/u.test(word)) return false;
  }
  // A new sentence starts with a capital, a digit or an opening quote.
  return /^[\p{Lu}\p{N}‘'"“«(]/u.test(next);
}

/** The sentences of a paragraph; text without a closing full stop (a list item) is one sentence. */
export function splitSentences(text: string): Sentence[] {
  const tokens = [...text.matchAll(/\S+/g)];
  const sentences: Sentence[] = [];
  let start: number | undefined;
  tokens.forEach((token, index) => {
    start ??= token.index;
    const next = tokens[index + 1]?.[0];
    if (endsSentence(token[0], next) || next === undefined) {
      const end = token.index + token[0].length;
      sentences.push({ text: text.slice(start, end), offset: start });
      start = undefined;
    }
  });
  return sentences;
}

/** The words of a sentence: tokens with a letter or a digit ("–" and "/" alone are not words). */
export function wordsOf(sentence: string): string[] {
  return (sentence.match(/\S+/g) ?? []).filter((token) => /[\p{L}\p{N}]/u.test(token));
}
