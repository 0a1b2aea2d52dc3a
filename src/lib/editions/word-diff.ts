/** The word-level difference between two units, with jsdiff's diffWords (the `diff` package).
 * Atoms (a number from the data, "figuur 3", a footnote mark) travel through diffWords as one
 * private-use character each, which it treats as a word of its own: the same number reads the
 * same on both sides, a changed number is one removed and one added word; a renumbered figure
 * reference or footnote mark is the same atom (see atomIdentity), shown with its new number. */
import { diffWords } from "diff";
import { atomIdentity, type Atom, type Piece, type ValueAtom } from "./units.ts";

export type Change = "same" | "added" | "removed";

/** A run of the renvooi's text: words, or one atom, that are in both editions, only the new one or only the old one. */
export interface Segment {
  change: Change;
  kind: Piece["kind"];
  text: string;
}

/** A number whose value changed inside a unit: the old and the new atom. */
export interface ValueChange {
  old: ValueAtom;
  new: ValueAtom;
}

export interface WordDiff {
  segments: Segment[];
  valueChanges: ValueChange[];
  /** Share of the characters (spaces not counted) that both sides have in common, 0 to 1. */
  similarity: number;
}

const firstPrivateUse = 0xe000;
const lastPrivateUse = 0xf8ff;
const privateUse = /[\uE000-\uF8FF]/g;

/** Encodes both sides with one character per distinct atom (by what it stands for). */
class AtomTable {
  private readonly codes = new Map<string, string>();

  encode(pieces: readonly Piece[]): { text: string; atoms: Atom[] } {
    const atoms: Atom[] = [];
    const text = pieces
      .map((piece) => {
        if (piece.kind === "text") return piece.text.replace(privateUse, "");
        atoms.push(piece);
        return this.code(atomIdentity(piece));
      })
      .join("");
    return { text, atoms };
  }

  private code(key: string): string {
    let code = this.codes.get(key);
    if (code === undefined) {
      const point = firstPrivateUse + this.codes.size;
      if (point > lastPrivateUse) throw new Error("Te veel verschillende getallen en verwijzingen in één alinea om te vergelijken.");
      code = String.fromCharCode(point);
      this.codes.set(key, code);
    }
    return code;
  }
}

function isAtomCode(character: string): boolean {
  const point = character.charCodeAt(0);
  return point >= firstPrivateUse && point <= lastPrivateUse;
}

function visibleLength(text: string): number {
  return text.replace(/\s+/g, "").length;
}

/** Joins neighbouring runs of words with the same change. */
function merged(segments: readonly Segment[]): Segment[] {
  const result: Segment[] = [];
  for (const segment of segments) {
    const previous = result.at(-1);
    if (previous && previous.kind === "text" && segment.kind === "text" && previous.change === segment.change) {
      previous.text += segment.text;
    } else result.push({ ...segment });
  }
  return result.filter((segment) => segment.text !== "");
}

/** Pairs each removed number with an added number of the same dataset, row and column. */
function pairValues(removed: readonly ValueAtom[], added: readonly ValueAtom[]): ValueChange[] {
  const unpaired = [...added];
  return removed.flatMap((old) => {
    const index = unpaired.findIndex((candidate) => candidate.key === old.key);
    if (index === -1) return [];
    const [match] = unpaired.splice(index, 1);
    return [{ old, new: match! }];
  });
}

export function diffUnits(before: readonly Piece[], after: readonly Piece[]): WordDiff {
  const table = new AtomTable();
  const old = table.encode(before);
  const now = table.encode(after);
  const segments: Segment[] = [];
  const removedValues: ValueAtom[] = [];
  const addedValues: ValueAtom[] = [];
  let oldAtom = 0;
  let newAtom = 0;
  let same = 0;

  for (const part of diffWords(old.text, now.text)) {
    const change: Change = part.added ? "added" : part.removed ? "removed" : "same";
    if (change === "same") same += visibleLength(part.value.replace(privateUse, ""));
    let words = "";
    const flush = () => {
      if (words !== "") segments.push({ change, kind: "text", text: words });
      words = "";
    };
    for (const character of part.value) {
      if (!isAtomCode(character)) {
        words += character;
        continue;
      }
      flush();
      // Same atoms are taken from both sides (they read alike); the new side's is shown.
      const atom = change === "removed" ? old.atoms[oldAtom++]! : now.atoms[newAtom++]!;
      if (change === "same") oldAtom++;
      if (change === "same") same += visibleLength(atom.text);
      if (atom.kind === "value" && change === "removed") removedValues.push(atom);
      if (atom.kind === "value" && change === "added") addedValues.push(atom);
      segments.push({ change, kind: atom.kind, text: atom.text });
    }
    flush();
  }

  const total = visibleLength(before.map((piece) => piece.text).join("")) + visibleLength(after.map((piece) => piece.text).join(""));
  return {
    segments: merged(segments),
    valueChanges: pairValues(removedValues, addedValues),
    similarity: total === 0 ? 1 : (2 * same) / total,
  };
}

/** A unit shown whole, as added or as removed. */
export function wholeUnit(pieces: readonly Piece[], change: Change): Segment[] {
  return merged(pieces.map((piece) => ({ change, kind: piece.kind, text: piece.text })));
}

/** The text of one side: what the old document read ("old": unchanged and removed runs) or the new one. */
export function sideText(segments: readonly Segment[], side: "old" | "new"): string {
  const left = side === "old" ? "added" : "removed";
  return segments
    .filter((segment) => segment.change !== left)
    .map((segment) => segment.text)
    .join("");
}
