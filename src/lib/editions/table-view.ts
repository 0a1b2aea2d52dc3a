/** What the renvooi pages say about a table: its caption, and headers that fit a phone. Apart from
 * renvooi-view.ts, so that the marks in the text (read when Astro loads its config) do not load
 * the hyphenation patterns. */
import hyphenNl from "hyphen/nl";
import { t } from "../../i18n/t.ts";
import type { ChangeItem } from "./renvooi.ts";
import { sideText, type Segment } from "./word-diff.ts";

/** The caption of a table in the renvooi: "De cijfers van figuur 1", a data table's own caption, "De tabel". */
export function tableCaption(item: ChangeItem): string {
  if (item.kind === "figure") return t("changes.table.figure", { n: item.ordinal ?? item.oldOrdinal ?? "" });
  if (item.kind === "data-table") return sideText(item.segments, item.change === "removed" ? "old" : "new") || item.dataChange?.dataset.meta.title || t("changes.table.markdown");
  return t("changes.table.markdown");
}

/** A column header that may break inside a long word ("Ontmoetingsruimte") with a hyphen where
 * Dutch hyphenation allows, so that on a phone the table wraps rather than grows wider than the
 * screen. Soft hyphens: invisible unless the word breaks there, and not read out. */
export function breakableHeader(segments: readonly Segment[]): Segment[] {
  return segments.map((segment) => ({ ...segment, text: hyphenNl.hyphenateSync(segment.text, { hyphenChar: "\u00AD", minWordLength: 10 }) }));
}
