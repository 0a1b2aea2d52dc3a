// Dutch syllables, counted with the Dutch hyphenation patterns (TeX's, via the hyphen package).
// Hyphenation never splits off one letter at a word's edge ("idee", not "i-dee"), so inside each
// piece the vowel groups are counted too, and the larger count wins.
import hyphenNl from "hyphen/nl";

const hyphenate = (word: string): string[] => hyphenNl.hyphenateSync(word, { hyphenChar: "\u00AD", minWordLength: 1 }).split("\u00AD");

/** Runs of vowels, each one sound in Dutch spelling ("ee", "oe", "ui", "aai"); "ë" and "ï" start a new one. */
function vowelGroups(piece: string): number {
  let groups = 0;
  let inVowels = false;
  for (const char of piece.toLowerCase()) {
    const vowel = "aeiouyáéíóúàèâêôû".includes(char);
    const diaeresis = "ëïüöä".includes(char);
    if (diaeresis || (vowel && !inVowels)) groups++;
    inVowels = vowel || diaeresis;
  }
  return groups;
}

/** How a number reads aloud varies ("2025", "41,3"); it counts as two syllables. */
const syllablesOfNumber = 2;

/** The syllables of one word (letters, digits, hyphens and apostrophes; other characters are ignored). */
export function countSyllables(word: string): number {
  const letters = word.replace(/[^\p{L}\p{N}'’-]/gu, "");
  if (letters === "") return 0;
  if (!/\p{L}/u.test(letters)) return syllablesOfNumber;
  return letters
    .split(/[-'’]/)
    .filter((part) => part !== "")
    .reduce((sum, part) => {
      if (!/\p{L}/u.test(part)) return sum + syllablesOfNumber;
      return sum + hyphenate(part).reduce((pieces, piece) => pieces + Math.max(1, vowelGroups(piece)), 0);
    }, 0);
}
