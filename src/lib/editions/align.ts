/** Lining up two lists (the units of a chapter, the rows and columns of a table) as the renvooi
 * shows them: what is in both, what only the new or only the old one has, in reading order. */
import { diffArrays } from "diff";

export type Step<T, P> =
  | { op: "same"; before: T; after: T }
  /** In both, but not equal: `pairing` says how they differ. */
  | { op: "paired"; before: T; after: T; pairing: P }
  | { op: "added"; after: T }
  | { op: "removed"; before: T };

/** Aligns by content (jsdiff's diffArrays on each item's signature); between two equal items, a
 * removed and an added item that `pair` accepts are one changed item, in order; the rest stay
 * removed or added. */
export function alignByContent<T, P>(
  before: readonly T[],
  after: readonly T[],
  signature: (item: T) => string,
  pair: (before: T, after: T) => P | undefined,
): Step<T, P>[] {
  const steps: Step<T, P>[] = [];
  let removed: T[] = [];
  let added: T[] = [];
  const flush = () => {
    steps.push(...pairInOrder(removed, added, pair));
    removed = [];
    added = [];
  };
  let oldIndex = 0;
  let newIndex = 0;
  for (const part of diffArrays(before.map(signature), after.map(signature))) {
    if (part.removed) removed.push(...before.slice(oldIndex, (oldIndex += part.count)));
    else if (part.added) added.push(...after.slice(newIndex, (newIndex += part.count)));
    else {
      flush();
      for (let offset = 0; offset < part.count; offset++) steps.push({ op: "same", before: before[oldIndex + offset]!, after: after[newIndex + offset]! });
      oldIndex += part.count;
      newIndex += part.count;
    }
  }
  flush();
  return steps;
}

function pairInOrder<T, P>(removed: readonly T[], added: readonly T[], pair: (before: T, after: T) => P | undefined): Step<T, P>[] {
  const steps: Step<T, P>[] = [];
  let next = 0;
  for (const before of removed) {
    let paired = false;
    for (let index = next; index < added.length; index++) {
      const pairing = pair(before, added[index]!);
      if (pairing === undefined) continue;
      for (const after of added.slice(next, index)) steps.push({ op: "added", after });
      steps.push({ op: "paired", before, after: added[index]!, pairing });
      next = index + 1;
      paired = true;
      break;
    }
    if (!paired) steps.push({ op: "removed", before });
  }
  for (const after of added.slice(next)) steps.push({ op: "added", after });
  return steps;
}

/** Aligns by a key that both lists share (a table's row key, a column's name): items with the
 * same key are paired, in the new order; an item that is gone stands after the item it followed. */
export function alignByKey<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Step<T, true>[] {
  const newKeys = new Set(after.map(key));
  const oldByKey = new Map(before.map((item) => [key(item), item]));
  const start = Symbol("start");
  const goneAfter = new Map<string | symbol, T[]>();
  let anchor: string | symbol = start;
  for (const item of before) {
    const itemKey = key(item);
    if (newKeys.has(itemKey)) anchor = itemKey;
    else goneAfter.set(anchor, [...(goneAfter.get(anchor) ?? []), item]);
  }
  const gone = (at: string | symbol): Step<T, true>[] => (goneAfter.get(at) ?? []).map((item) => ({ op: "removed", before: item }));
  const steps: Step<T, true>[] = gone(start);
  for (const item of after) {
    const itemKey = key(item);
    const old = oldByKey.get(itemKey);
    steps.push(old === undefined ? { op: "added", after: item } : { op: "paired", before: old, after: item, pairing: true });
    steps.push(...gone(itemKey));
  }
  return steps;
}
