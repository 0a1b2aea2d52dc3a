/** A changed CALS table (text/table.ts) marked as the renvooi marks its table of cells: a changed
 * cell with its old and new content, a row that came marked voegtoe, a row that went put back
 * where it stood marked verwijder, a changed header; the title and source line word by word. */
import type { Segment, TableDiff } from "../renvooi-adapter.ts";
import { copyElement, el, isElement, serializeElement, textContent, type XmlElement, type XmlNode } from "../xml.ts";

/** The new content with the changes marked (mutation/overlay.ts, or old and new whole). */
export type MarkWords = (now: readonly XmlNode[], before: readonly XmlNode[], segments: readonly Segment[]) => XmlNode[];

function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child): child is XmlElement => isElement(child) && child.name === name);
}

function rowsOf(table: XmlElement, part: "thead" | "tbody"): XmlElement[] {
  return (childNamed(childNamed(table, "tgroup"), part)?.children ?? []).filter(isElement);
}

/** An <entry>'s words: the content of its one <Al>, if any. */
function words(entry: XmlElement | undefined): XmlNode[] {
  return childNamed(entry, "Al")?.children ?? [];
}

function markEntry(entry: XmlElement | undefined, old: XmlElement | undefined, segments: readonly Segment[], mark: MarkWords): void {
  if (!entry) return;
  const content = mark(words(entry), words(old), segments);
  entry.children = content.length > 0 ? [el("Al", {}, content)] : [];
}

/** The cells marked as the renvooi's table of cells has them; false when the rows or columns do
 * not line up with it (a column came or went). */
function markCells(now: XmlElement, before: XmlElement, diff: TableDiff, mark: MarkWords): boolean {
  if (diff.columns.some((column) => column.change === "added" || column.change === "removed")) return false;
  const newRows = rowsOf(now, "tbody");
  const oldRows = rowsOf(before, "tbody");
  if (diff.rows.filter((row) => row.change !== "removed").length !== newRows.length || diff.rows.filter((row) => row.change !== "added").length !== oldRows.length) return false;
  const [header] = rowsOf(now, "thead");
  const [oldHeader] = rowsOf(before, "thead");
  diff.columns.forEach((column, index) => {
    if (column.change === "changed") markEntry(header?.children.filter(isElement)[index], oldHeader?.children.filter(isElement)[index], column.title, mark);
  });
  let next = 0;
  let nextOld = 0;
  const rows = diff.rows.map((row) => {
    if (row.change === "removed") {
      const old = oldRows[nextOld++]!;
      return { ...copyElement(old), attributes: { ...old.attributes, wijzigactie: "verwijder" } };
    }
    const current = newRows[next++]!;
    if (row.change === "added") {
      current.attributes.wijzigactie = "voegtoe";
      return current;
    }
    const old = oldRows[nextOld++]!;
    row.cells.forEach((cell, index) => {
      if (cell.change === "changed") markEntry(current.children.filter(isElement)[index], old.children.filter(isElement)[index], cell.segments, mark);
    });
    return current;
  });
  childNamed(childNamed(now, "tgroup"), "tbody")!.children = rows;
  return true;
}

/** Marks `now` (a copy the caller owns) against `before`: its cells by the renvooi's table of cells
 * (none when the cells it shows are the same), its title and source line word by word. False when
 * that cannot be done: then the caller replaces the table whole. */
export function markTable(now: XmlElement, before: XmlElement, diff: TableDiff | undefined, mark: MarkWords, wordDiff: (before: string, after: string) => Segment[]): boolean {
  if (diff ? !markCells(now, before, diff, mark) : serializeElement(childNamed(now, "tgroup")!) !== serializeElement(childNamed(before, "tgroup")!)) return false;
  for (const name of ["title", "Bron"]) {
    const [element, old] = [childNamed(now, name), childNamed(before, name)];
    if (element && old && textContent(element) !== textContent(old)) element.children = mark(element.children, old.children, wordDiff(textContent(old), textContent(element)));
  }
  return true;
}
