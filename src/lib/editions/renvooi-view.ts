/** What the renvooi pages say about a change, and where its links lead: the new number on the
 * page of the newer document, the old number on the edition it is compared with. */
import { chapterPageHref, editionChapterHref } from "../content/addresses.ts";
import { figureElementId } from "../content/figure-index.ts";
import { paragraphAnchor } from "../content/model/numbering.ts";
import { t, type MessageKey } from "../../i18n/t.ts";
import type { ChangeItem, ChapterRenvooi, Renvooi } from "./renvooi.ts";
import type { UnitKind } from "./units.ts";

export interface RenvooiLinks {
  /** "/inwoner/#p-1-5" (or "/versies/0.2/inwoner/#p-1-5" when the newer document is an edition). */
  newParagraph(chapterId: string, number: string): string;
  /** "/versies/0.1/inwoner/#p-1-5": for a unit that moved from another chapter, pass that chapter. */
  oldParagraph(chapterId: string, number: string): string;
  figure(chapterId: string, figureId: string): string;
  /** The chapter's section on the renvooi page itself. */
  section(chapter: Pick<ChapterRenvooi, "id">): string;
}

export function renvooiLinks(renvooi: Renvooi): RenvooiLinks {
  const newer = renvooi.to.edition;
  const older = renvooi.from.edition!;
  return {
    newParagraph: (chapterId, number) => `${chapterPageHref(newer, chapterId)}#${paragraphAnchor(number)}`,
    oldParagraph: (chapterId, number) => `${editionChapterHref(older, chapterId)}#${paragraphAnchor(number)}`,
    figure: (chapterId, figureId) => `${chapterPageHref(newer, chapterId)}#${figureElementId(figureId)}`,
    section: (chapter) => `wijzigingen-${chapter.id}`,
  };
}

const numberedKinds = new Set<ChangeItem["kind"]>(["heading", "paragraph", "list-item"]);

/** Headings, paragraphs and list items are named by their paragraph numbers. */
export function isNumbered(item: ChangeItem): boolean {
  return numberedKinds.has(item.kind);
}

const unitNames: Readonly<Record<Exclude<UnitKind, "heading" | "paragraph" | "list-item">, MessageKey>> = {
  figure: "changes.unit.figure",
  footnote: "changes.unit.footnote",
  title: "changes.unit.title",
  "data-table": "changes.unit.dataTable",
  table: "changes.unit.table",
  "open-point": "changes.unit.openPoint",
  "note-title": "changes.unit.noteTitle",
  "quote-source": "changes.unit.quoteSource",
};

/** How a unit that is not a numbered paragraph is named: "Figuur 3", "Voetnoot 2", "Tabel". */
export function unitName(item: ChangeItem): string {
  const key = unitNames[item.kind as keyof typeof unitNames];
  return key ? t(key, { n: item.ordinal ?? item.oldOrdinal ?? "" }) : "";
}

/** "was figuur 2", "was voetnoot 2" when a figure's or footnote's number changed. */
export function figureWas(item: ChangeItem): string | undefined {
  if (item.ordinal === undefined || item.oldOrdinal === undefined || item.ordinal === item.oldOrdinal) return undefined;
  if (item.kind === "figure") return t("changes.unit.figureWas", { n: item.oldOrdinal });
  if (item.kind === "footnote") return t("changes.unit.footnoteWas", { n: item.oldOrdinal });
  return undefined;
}

/** The id of a paragraph's entry on the renvooi page ("wijziging-2-14"), by its new number: the
 * mark in the text links to it. Undefined for what has no new number. */
export function entryId(item: Pick<ChangeItem, "kind" | "number" | "identity" | "change">, chapterId: string): string | undefined {
  if (numberedKinds.has(item.kind)) return item.number !== undefined ? `wijziging-${item.number.replace(".", "-")}` : undefined;
  if (item.identity === undefined || item.change === "removed") return undefined;
  // A figure's id is unique in the document; a dataset may have a table in more than one chapter.
  if (item.kind === "figure") return `wijziging-figuur-${item.identity}`;
  if (item.kind === "data-table") return `wijziging-tabel-${chapterId}-${item.identity}`;
  return undefined;
}

/** The unchanged paragraph numbers of a chapter, in order, in the new and in the old document. */
export function unchangedNumbers(chapter: ChapterRenvooi): { numbers: string[]; oldNumbers: string[] } {
  const gaps = chapter.items.filter((item) => item.type === "gap");
  return { numbers: gaps.flatMap((gap) => gap.numbers), oldNumbers: gaps.flatMap((gap) => gap.oldNumbers) };
}
