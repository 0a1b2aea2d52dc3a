/** Turns Pagefind result data into what the search UI shows: plain data, no DOM. */
import { chapterMeta } from "./contract";

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

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references Pagefind writes into excerpts, so the text can be set as text. */
function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return entities[name.toLowerCase()] ?? match;
  });
}

/**
 * Splits a Pagefind excerpt into text and highlighted parts. Only `<mark>` is understood;
 * any other tag is dropped, so an excerpt can never inject markup into the page.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) marked = true;
    else if (/^<\/mark>$/i.test(token)) marked = false;
    else {
      const text = decodeEntities(token.replace(/<[^>]*>/g, ""));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/** The sections that matched most, best first; at most `limit`. */
export function bestSections(data: PagefindResultData, limit = 3): SearchSection[] {
  const chapter = chapterTitle(data);
  const subs = (data.sub_results ?? []).filter((sub) => (sub.locations?.length ?? 1) > 0);
  const ranked = subs
    .map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, limit)
    .map(({ sub }) => ({
      heading: sub.title && sub.title !== chapter ? sub.title : undefined,
      url: sub.url,
      excerpt: excerptParts(sub.excerpt),
    }));
  if (ranked.length > 0) return ranked;
  return [{ heading: undefined, url: data.url, excerpt: excerptParts(data.excerpt) }];
}

export function chapterTitle(data: PagefindResultData): string {
  return data.meta[chapterMeta] ?? data.meta.title ?? data.url;
}

export function toSearchHit(data: PagefindResultData): SearchHit {
  return { chapter: chapterTitle(data), url: data.url, sections: bestSections(data) };
}
