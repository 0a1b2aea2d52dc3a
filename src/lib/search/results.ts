/** Turns Pagefind result data into what the search UI shows: plain data, no DOM. */
import { chapterMeta } from "./contract.ts";

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
