/** The one place that reads the renvooi model (src/lib/editions/renvooi.ts) for the STOP package:
 * which parts of the text are the same part in two editions, and what changed in each, keyed the
 * way the STOP text names its parts (text/chapter.ts `units`, text/context.ts `anchors`).
 *
 * - The same paragraph, heading or list item: the renvooi's pairs of numbers, in its changes and
 *   in its gaps of unchanged units, so a unit renumbered by a deletion or a move before it is the
 *   same unit (STOP has no paragraph numbers: a renumbering is no change).
 * - The same footnote: the renvooi's pairs, and the footnotes it does not mention (unchanged,
 *   perhaps renumbered) in their order.
 * - A moved unit stands only at its new place in the renvooi; for STOP it is a new unit there
 *   and a removed one where it was (a <VoegToe> and a <Verwijder>), so nothing pairs it.
 * - A table whose cells changed carries the renvooi's table of cells. */
import type { ChangeItem, ChapterRenvooi, Renvooi } from "../editions/renvooi.ts";
import type { DocumentSource } from "../editions/source.ts";
import type { TableDiff } from "../editions/table-diff.ts";
import { diffUnits, type Segment } from "../editions/word-diff.ts";
import { anchors, units } from "./text/context.ts";

export type { Segment, TableDiff };

export interface UnitChange {
  change: "changed" | "added" | "removed";
  /** The unit's words, each run the same, added or removed. */
  segments: Segment[];
  /** A figure's or table's cells, when any of them changed. */
  table: TableDiff | undefined;
}

export interface RenvooiChanges {
  /** This edition's anchor or unit key → the same part's in the edition before; undefined when the part is new here. */
  translate(anchor: string): string | undefined;
  /** The other way: the edition before's → this edition's; undefined when the part is gone from there. */
  toNew(anchor: string): string | undefined;
  /** What changed in a unit, by its key in this edition (added, changed) or in the edition before
   * (removed); undefined when the renvooi shows no change in it. */
  changeOf(unit: string, side: "new" | "old"): UnitChange | undefined;
  /** Two texts the renvooi derives from the data (a table's source line) compared word by word, as the renvooi compares. */
  wordDiff(before: string, after: string): Segment[];
}

type Side = "new" | "old";

function unitKey(item: ChangeItem, chapterId: string, side: Side): string | undefined {
  const number = side === "new" ? item.number : item.oldNumber;
  const ordinal = side === "new" ? item.ordinal : item.oldOrdinal;
  switch (item.kind) {
    case "title":
      return units.title(side === "new" ? chapterId : (item.oldChapterId ?? chapterId));
    case "heading":
    case "paragraph":
    case "list-item":
      return number === undefined ? undefined : units.numbered(number);
    case "footnote":
      return ordinal === undefined ? undefined : units.footnote(ordinal);
    case "figure":
      return item.identity === undefined ? undefined : anchors.figure(item.identity);
    case "data-table":
      return item.identity === undefined ? undefined : anchors.dataTable(item.identity, 1);
    default:
      return undefined;
  }
}

/** Is the unit on this side of the item in this edition (new) or in the one before (old)? */
function onSide(item: ChangeItem, side: Side): boolean {
  return side === "new" ? item.change !== "removed" : item.change !== "added";
}

function footnoteNumbers(source: DocumentSource): number[] {
  return source.model.chapters.flatMap((chapter) => chapter.footnotes.flatMap((footnote) => (footnote.footnoteNumber === undefined ? [] : [footnote.footnoteNumber])));
}

/** Two-way map of keys: new → old and old → new. */
class Pairs {
  readonly toOld = new Map<string, string>();
  readonly toNew = new Map<string, string>();

  add(now: string, old: string): void {
    this.toOld.set(now, old);
    this.toNew.set(old, now);
  }
}

/** Footnotes the renvooi leaves out are unchanged (perhaps renumbered): they follow in order. */
function pairFootnotes(renvooi: Renvooi, items: readonly ChangeItem[], pairs: Pairs): void {
  const notes = items.filter((item) => item.kind === "footnote");
  for (const item of notes) if (item.ordinal !== undefined && item.oldOrdinal !== undefined) pairs.add(units.footnote(item.ordinal), units.footnote(item.oldOrdinal));
  const mentioned = (side: Side) => new Set(notes.flatMap((item) => (side === "new" ? item.ordinal : item.oldOrdinal) ?? []));
  const newMentioned = mentioned("new");
  const oldMentioned = mentioned("old");
  const unchangedNew = footnoteNumbers(renvooi.to).filter((number) => !newMentioned.has(number));
  const unchangedOld = footnoteNumbers(renvooi.from).filter((number) => !oldMentioned.has(number));
  unchangedNew.forEach((number, index) => {
    const old = unchangedOld[index];
    if (old !== undefined) pairs.add(units.footnote(number), units.footnote(old));
  });
}

function changeItems(chapter: ChapterRenvooi): ChangeItem[] {
  return chapter.items.filter((item): item is ChangeItem => item.type === "change");
}

export function renvooiChanges(renvooi: Renvooi): RenvooiChanges {
  const numbers = new Pairs();
  const footnotes = new Pairs();
  /** Figures and tables the renvooi shows moved: not the same part in both editions for STOP. */
  const moved = new Set<string>();
  const sameChapters = new Set<string>();
  const changes = { new: new Map<string, UnitChange>(), old: new Map<string, UnitChange>() };
  for (const chapter of renvooi.chapters) {
    if (chapter.status !== "added" && chapter.status !== "removed") sameChapters.add(anchors.chapter(chapter.id));
    for (const item of chapter.items) {
      if (item.type === "gap") {
        item.numbers.forEach((number, index) => numbers.add(number, item.oldNumbers[index] ?? number));
        continue;
      }
      if (item.change === "moved" && item.kind !== "footnote") {
        for (const side of ["new", "old"] as const) {
          const key = unitKey(item, chapter.id, side);
          if (key === undefined) continue;
          if (!key.startsWith("n:")) moved.add(key);
          changes[side].set(key, { change: side === "new" ? "added" : "removed", segments: item.segments, table: item.table });
        }
        continue;
      }
      if (item.number !== undefined && item.oldNumber !== undefined) numbers.add(item.number, item.oldNumber);
      const change: UnitChange = {
        change: item.change === "added" || item.change === "removed" ? item.change : "changed",
        segments: item.segments,
        table: item.table,
      };
      for (const side of ["new", "old"] as const) {
        const key = unitKey(item, chapter.id, side);
        if (key !== undefined && onSide(item, side)) changes[side].set(key, change);
      }
    }
  }
  pairFootnotes(renvooi, renvooi.chapters.flatMap(changeItems), footnotes);

  const across = (anchor: string, direction: "toOld" | "toNew"): string | undefined => {
    if (anchor.startsWith("n:")) {
      const number = numbers[direction].get(anchor.slice(2));
      return number === undefined ? undefined : anchors.numbered(number);
    }
    if (anchor.startsWith("fn:")) return footnotes[direction].get(anchor);
    if (anchor.startsWith("ch:")) return sameChapters.has(anchor) ? anchor : undefined;
    return moved.has(anchor) ? undefined : anchor;
  };
  return {
    translate: (anchor) => across(anchor, "toOld"),
    toNew: (anchor) => across(anchor, "toNew"),
    changeOf: (unit, side) => changes[side].get(unit),
    wordDiff: (before, after) => diffUnits([{ kind: "text", text: before }], [{ kind: "text", text: after }]).segments,
  };
}
