/** Ordering of chapters, and the check zod cannot do per file: two chapters with one number. */

export interface OrderedItem {
  /** File path as the editor knows it, e.g. src/content/chapters/huis.mdx */
  file: string;
  order: number;
}

/** By `order`, then by file name. Never throws: two chapters with one number are reported by
 * {@link orderClashes} before anything renders, and in the meantime `astro dev` keeps showing pages. */
export function sortByOrder<T extends OrderedItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
}

/** Every chapter whose `order` an earlier chapter (by file name) already has, with that chapter. */
export function orderClashes<T extends OrderedItem>(items: readonly T[]): { item: T; first: T }[] {
  const first = new Map<number, T>();
  const clashes: { item: T; first: T }[] = [];
  for (const item of [...items].sort((a, b) => a.file.localeCompare(b.file))) {
    if (!Number.isFinite(item.order)) continue;
    const earlier = first.get(item.order);
    if (earlier) clashes.push({ item, first: earlier });
    else first.set(item.order, item);
  }
  return clashes;
}
