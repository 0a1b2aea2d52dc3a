// Dutch syllables, counted with the Dutch hyphenation patterns (TeX's, via the hyphen package).
// Hyphenation never splits off one letter at a word's edge ("idee", not "i-dee") and leaves some
// vowel pairs whole ("via", "sce-na-rio"), so inside each piece the vowel sounds are counted too,
// and the larger count wins.
import hyphenNl from "hyphen/nl";

const hyphenate = (word: string): string[] => hyphenNl.hyphenateSync(word, { hyphenChar: "\u00AD", minWordLength: 1 }).split("\u00AD");

/** Letter groups that are one vowel sound in Dutch spelling, longest first ("mooie" is "ooi" + "e",
 * "via" is "i" + "a", "niveau" ends in "eau"). "ij" needs no entry: "j" is no vowel. */
const vowelSounds = ["aai", "ooi", "oei", "eeu", "ieu", "eau", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "au", "ou", "ai", "oi"];
const vowels = "aeiouyáéíóúàèâêôû";
/** A diaeresis starts a new sound, which may go on ("reëel" is "re" + "eel", "ideeën" is "i" + "dee" + "en"). */
const diaereses: Record<string, string> = { ë: "e", ï: "i", ü: "u", ö: "o", ä: "a" };

function vowelSoundsIn(piece: string): number {
  const letters = piece.toLowerCase();
  let sounds = 0;
  let at = 0;
  while (at < letters.length) {
    const char = letters[at]!;
    const base = diaereses[char] ?? char;
    if (vowels.includes(base)) {
      sounds++;
      const rest = base + letters.slice(at + 1);
      at += vowelSounds.find((sound) => rest.startsWith(sound))?.length ?? 1;
    } else {
      at++;
    }
  }
  return sounds;
}

/** How a number reads aloud varies ("2025", "41,3"); it counts as two syllables. */
const syllablesOfNumber = 2;

/** "GGZ", "WLZ", "BW": an abbreviation of two or three capitals is spoken letter by letter. */
const spelledOut = /^\p{Lu}{2,3}$/u;

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
      if (spelledOut.test(part)) return sum + part.length;
      return sum + hyphenate(part).reduce((pieces, piece) => pieces + Math.max(1, vowelSoundsIn(piece)), 0);
    }, 0);
}
