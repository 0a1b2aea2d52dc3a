/** Ordering of chapters, with the checks zod cannot do per file (two chapters with one number). */
import { EditorError } from "../errors";

export interface OrderedItem {
  /** File path as the editor knows it, e.g. src/content/chapters/huis.mdx */
  file: string;
  order: number;
}

export class ChapterOrderError extends EditorError {
  override name = "ChapterOrderError";
}

export function sortByOrder<T extends OrderedItem>(items: readonly T[]): T[] {
  const byOrder = new Map<number, T[]>();
  for (const item of items) byOrder.set(item.order, [...(byOrder.get(item.order) ?? []), item]);
  const clashes = [...byOrder.entries()].filter(([, group]) => group.length > 1);
  if (clashes.length > 0) {
    const lines = clashes.map(
      ([order, group]) => `  - order: ${order} staat in ${group.map((i) => i.file).join(" én ")}`,
    );
    throw new ChapterOrderError(
      `Twee hoofdstukken hebben hetzelfde volgnummer (veld "order"):\n${lines.join("\n")}\n` +
        `Geef elk hoofdstuk een eigen nummer in de kop van het bestand, bijvoorbeeld order: 1, order: 2, …`,
    );
  }
  return [...items].sort((a, b) => a.order - b.order);
}
