/** The renvooi in words: the one-line summary on /versies/, and paragraph numbers as ranges. */
import type { DocumentInfo } from "../../schemas/document.ts";
import { formatDate } from "../format.ts";
import { t, type MessageKey } from "../../i18n/t.ts";
import type { Counts, Renvooi } from "./renvooi.ts";
import type { TableDiff } from "./table-diff.ts";

/** "a", "a en b", "a, b en c" */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}

const countKeys: readonly (keyof Counts)[] = ["changed", "added", "removed", "moved", "numbers", "figures"];

/** "2 alinea’s gewijzigd, 1 alinea verwijderd en 1 getal gewijzigd"; "" when nothing changed. */
export function countsPhrase(counts: Counts): string {
  return dutchList(
    countKeys
      .filter((key) => counts[key] > 0)
      .map((key) => t(`changes.count.${key}.${counts[key] === 1 ? "one" : "many"}` as MessageKey, { n: counts[key] })),
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 alinea gewijzigd en 1 getal gewijzigd." under a chapter's heading in the renvooi. */
export function countsSentence(counts: Counts): string {
  const phrase = countsPhrase(counts);
  return phrase === "" ? t("changes.count.none") : `${capitalized(phrase)}.`;
}

/** One line for /versies/: "2 alinea’s gewijzigd en 1 getal gewijzigd, in De inwoner en Het huis." */
export function summaryLine(renvooi: Renvooi): string {
  const phrase = countsPhrase(renvooi.totals);
  if (phrase === "") return t("changes.count.none");
  const chapters = renvooi.chapters.filter((chapter) => chapter.status !== "same").map((chapter) => chapter.title);
  return t("changes.count.in", { counts: capitalized(phrase), chapters: dutchList(chapters) });
}

/** "1 cel gewijzigd en 1 rij toegevoegd.": what changed in a table, above it in the renvooi. */
export function tableSummary(table: TableDiff): string {
  const count = (list: readonly { change: string }[], change: string) => list.filter((part) => part.change === change).length;
  const parts = [
    ["cells", table.changedCells],
    ["rowsAdded", count(table.rows, "added")],
    ["rowsRemoved", count(table.rows, "removed")],
    ["columnsAdded", count(table.columns, "added")],
    ["columnsRemoved", count(table.columns, "removed")],
  ] as const;
  const phrase = dutchList(parts.filter(([, n]) => n > 0).map(([key, n]) => t(`changes.table.${key}.${n === 1 ? "one" : "many"}` as MessageKey, { n })));
  return phrase === "" ? "" : `${capitalized(phrase)}.`;
}

/** "2.3–2.6, 2.9": paragraph numbers of one chapter, consecutive ones as a range. */
export function numberRanges(numbers: readonly string[]): string {
  const ranges: string[][] = [];
  for (const number of numbers) {
    const current = ranges.at(-1);
    const last = current?.at(-1);
    if (current && last && follows(last, number)) current.push(number);
    else ranges.push([number]);
  }
  return ranges.map((range) => (range.length === 1 ? range[0]! : `${range[0]}–${range.at(-1)}`)).join(", ");
}

/** "2.12–2.19, was 2.13–2.20": the numbers in the new document, and in the old one when they differ. */
export function numberRangesWithWas(numbers: readonly string[], oldNumbers: readonly string[]): string {
  const now = numberRanges(numbers);
  const was = numberRanges(oldNumbers);
  return was === now || was === "" ? now : t("changes.rangesWas", { numbers: now, old: was });
}

function follows(previous: string, next: string): boolean {
  const [chapterA, paragraphA] = previous.split(".").map(Number);
  const [chapterB, paragraphB] = next.split(".").map(Number);
  return chapterA === chapterB && paragraphA !== undefined && paragraphB === paragraphA + 1;
}

interface VersionInfo {
  version: string;
  status: DocumentInfo["status"];
  date: string;
}

/** The words for a version: { version: "0.1", status: "concept", date: "28 november 2026" }. */
export function versionFacts(info: VersionInfo): { version: string; status: string; date: string } {
  return { version: info.version, status: t(`site.status.${info.status}`).toLowerCase(), date: formatDate(info.date) };
}

/** The facts of both versions, for "Versie {to} ({toStatus}, {toDate}) vergeleken met versie {from} …". */
export function comparedFacts(from: VersionInfo, to: VersionInfo): Record<string, string> {
  const old = versionFacts(from);
  const now = versionFacts(to);
  return { from: old.version, fromStatus: old.status, fromDate: old.date, to: now.version, toStatus: now.status, toDate: now.date };
}
