/** Turns Pagefind result data into what the search UI shows: plain data, no DOM. */
import { t } from "../../i18n/t.ts";
import { chapterFilter, chapterMeta } from "./contract.ts";

/** The part of Pagefind's result data the UI uses (see pagefind.js `result.data()`). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, and where in it (counted in words split at white space) the search terms are. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** A piece of excerpt text; `marked` pieces are the words that matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SearchSection {
  /** Section heading, or undefined for the text before a chapter's first heading. */
  heading: string | undefined;
  url: string;
  excerpt: ExcerptPart[];
}

export interface SearchHit {
  chapter: string;
  url: string;
  sections: SearchSection[];
}

/** Reads an excerpt's HTML into nodes: the browser's DOMParser on the site, linkedom in tests.
 * A parsed document of this kind is inert: nothing in it loads or runs. */
export type HtmlReader = (html: string) => Node;

const textNode = 3;
const elementNode = 1;

/**
 * Splits a Pagefind excerpt into text and highlighted parts, read with an HTML parser. Only
 * `<mark>` is understood; of any other element only its text is kept, so an excerpt can never
 * inject markup into the page.
 */
export function excerptParts(excerpt: string, readHtml: HtmlReader): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    const previous = parts.at(-1);
    if (previous && previous.marked === marked) previous.text += text;
    else if (text) parts.push({ text, marked });
  };
  const walk = (node: Node, marked: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeType === textNode) add(child.textContent ?? "", marked);
      else if (child.nodeType === elementNode) walk(child, marked || child.nodeName.toLowerCase() === "mark");
    }
  };
  walk(readHtml(excerpt), false);
  return parts;
}

/** The sections that matched most, best first; at most `limit`. */
export function bestSections(data: PagefindResultData, readHtml: HtmlReader, limit = 3): SearchSection[] {
  const chapter = chapterTitle(data);
  const subs = (data.sub_results ?? []).filter((sub) => (sub.locations?.length ?? 1) > 0);
  const ranked = subs
    .map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, limit)
    .map(({ sub }) => ({
      heading: sub.title && sub.title !== chapter ? sub.title : undefined,
      url: sub.url,
      excerpt: excerptParts(sub.excerpt, readHtml),
    }));
  if (ranked.length > 0) return ranked;
  return [{ heading: undefined, url: data.url, excerpt: excerptParts(data.excerpt, readHtml) }];
}

export function chapterTitle(data: PagefindResultData): string {
  return data.meta[chapterMeta] ?? data.meta.title ?? data.url;
}

export function toSearchHit(data: PagefindResultData, readHtml: HtmlReader): SearchHit {
  return { chapter: chapterTitle(data), url: data.url, sections: bestSections(data, readHtml) };
}

/** The number of results a search found; `chapters` of them are chapters (the others are pages
 * such as /data/). */
export interface ResultCount {
  total: number;
  chapters: number;
}

/** Chapters are the results with a chapter filter value (see contract.ts); Pagefind counts them
 * per value once its filter index is loaded (`pagefind.filters()`). */
export function countResults(found: { results: unknown[]; filters?: Record<string, Record<string, number>> }): ResultCount {
  const perChapter = Object.values(found.filters?.[chapterFilter] ?? {});
  return { total: found.results.length, chapters: Math.min(found.results.length, perChapter.reduce((sum, n) => sum + n, 0)) };
}

const othersKey = (count: number, besideChapters: boolean) =>
  besideChapters ? (count === 1 ? "search.otherPages.one" : "search.otherPages.many") : count === 1 ? "search.pages.one" : "search.pages.many";

/** "2 hoofdstukken en 1 andere pagina gevonden voor “eenzaam”": says what it counts. */
export function resultsText({ total, chapters }: ResultCount, query: string): string {
  if (total === 0) return t("search.none", { query });
  const others = total - chapters;
  const parts = [
    chapters === 0 ? undefined : t(chapters === 1 ? "search.chapters.one" : "search.chapters.many", { count: chapters }),
    others === 0 ? undefined : t(othersKey(others, chapters > 0), { count: others }),
  ].filter((part) => part !== undefined);
  return t("search.found", { what: parts.join(t("search.and")), query });
}
