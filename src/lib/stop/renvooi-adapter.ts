/** The one place that reads the renvooi model (src/lib/editions/renvooi.ts) for the STOP package:
 * which parts of the text are the same part in two editions, and what changed in each, keyed the
 * way the STOP text names its parts (text/chapter.ts `units`, text/context.ts `anchors`). When the
 * renvooi model grows (moved text, changed table cells, old and new paragraph numbers for every
 * unit), only this module follows it. */
import type { ChangeItem, Renvooi } from "../editions/renvooi.ts";
import type { Segment } from "../editions/word-diff.ts";
import { anchors } from "./text/context.ts";
import { units } from "./text/chapter.ts";

export type { Segment };

export interface UnitChange {
  change: "changed" | "added" | "removed";
  /** Only the numbers of a figure or table changed: its chart or cells are new, its words not. */
  dataOnly: boolean;
  segments: Segment[];
}

export interface RenvooiChanges {
  /** This edition's anchor → the same part's anchor in the edition before. */
  translate(anchor: string): string | undefined;
  /** The other way: the edition before's anchor → this edition's. */
  toNew(anchor: string): string | undefined;
  /** What changed in a unit, by the unit's key in this edition (added, changed) or in the edition before (removed). */
  changeOf(unit: string, side: "new" | "old"): UnitChange | undefined;
}

function unitKey(item: ChangeItem, chapterId: string, side: "new" | "old"): string | undefined {
  const number = side === "new" ? item.number : item.oldNumber;
  const ordinal = side === "new" ? item.ordinal : item.oldOrdinal;
  switch (item.kind) {
    case "title":
      return units.title(chapterId);
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

/** "1.5" → 5 */
function position(number: string): number {
  return Number(number.split(".")[1]);
}

export function renvooiChanges(renvooi: Renvooi): RenvooiChanges {
  const numberPairs = new Map<string, string>();
  const sameParts = new Set<string>();
  const changes = { new: new Map<string, UnitChange>(), old: new Map<string, UnitChange>() };
  for (const chapter of renvooi.chapters) {
    if (chapter.status !== "added" && chapter.status !== "removed") sameParts.add(anchors.chapter(chapter.id));
    // The renvooi names unchanged paragraphs by their new numbers only; they follow in order, so
    // the old number of each is the next old number not yet passed.
    let nextOld = 1;
    for (const item of chapter.items) {
      if (item.type === "gap") {
        for (const number of item.numbers) numberPairs.set(number, `${chapter.oldNumber}.${nextOld++}`);
        continue;
      }
      if (item.oldNumber !== undefined) nextOld = position(item.oldNumber) + 1;
      if (item.number !== undefined && item.oldNumber !== undefined) numberPairs.set(item.number, item.oldNumber);
      const change: UnitChange = {
        change: item.change === "added" || item.change === "removed" ? item.change : "changed",
        dataOnly: item.change === "data",
        segments: item.segments,
      };
      for (const side of ["new", "old"] as const) {
        const key = unitKey(item, chapter.id, side);
        if (key !== undefined && (side === "new" ? item.change !== "removed" : item.change !== "added")) changes[side].set(key, change);
      }
    }
  }
  return {
    translate(anchor) {
      if (anchor.startsWith("n:")) {
        const old = numberPairs.get(anchor.slice(2));
        return old === undefined ? undefined : anchors.numbered(old);
      }
      if (anchor.startsWith("ch:")) return sameParts.has(anchor) ? anchor : undefined;
      return anchor;
    },
    toNew(anchor) {
      if (!anchor.startsWith("n:")) return anchor;
      const number = [...numberPairs].find(([, old]) => old === anchor.slice(2))?.[0];
      return number === undefined ? undefined : anchors.numbered(number);
    },
    changeOf: (unit, side) => changes[side].get(unit),
  };
}
