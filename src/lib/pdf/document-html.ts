/** Helpers for the whole-document page (src/pages/document/), which the PDF is printed from.
 * One page holds every chapter, so ids that each chapter page has on its own (footnotes,
 * headings such as "ambities") would clash: each chapter's HTML is scoped with its own prefix. */

export interface ScopeOptions {
  /** The chapter's id (its file name), used as prefix: "huis" makes id="ambities" into id="huis--ambities".
   * The chapter's heading carries this id on the document page. */
  chapterId: string;
  /** The chapter's title, added to the names of its landmarks ("Vooraf (Het huis)"). */
  chapterTitle: string;
  /** Ids of every chapter in the document, so links to another chapter's page become links within the document. */
  chapterIds: readonly string[];
  /** The site's public address, e.g. "https://woonzorgvisie.assen.nl": other site links must work from paper too. */
  site: string;
}

/** Attributes that hold one id or a space-separated list of ids. */
const idRefAttributes = [
  "aria-activedescendant",
  "aria-controls",
  "aria-describedby",
  "aria-details",
  "aria-errormessage",
  "aria-flowto",
  "aria-labelledby",
  "aria-owns",
  "for",
  "form",
  "headers",
  "list",
];

export function scopedId(chapterId: string, id: string): string {
  return `${chapterId}--${id}`;
}

/** The named @page of a chapter, which carries its running header. */
export function chapterPageName(chapterId: string): string {
  return `chapter-${chapterId.replace(/[^a-zA-Z0-9-]/g, "-")}`;
}

/**
 * Rewrites a chapter's rendered HTML for the whole-document page:
 * - every id gets the chapter's prefix, and so does every reference to it
 *   (href="#…", url(#…) in SVG, aria-labelledby and the other id-list attributes);
 * - a link to a chapter page ("/wijk/", "/wijk/#ambities") points into this document;
 * - a link to another site page ("/data/…") gets the site's address, so it still works in the PDF;
 * - every <details> is open: paper cannot be clicked open;
 * - landmarks (section, aside, nav) get the chapter's name in theirs: five chapters each with an
 *   "Ambities" section would otherwise be five landmarks of one name on one page.
 * Works on the HTML that Astro writes (attributes in double quotes).
 */
export function scopeChapterHtml(html: string, options: ScopeOptions): string {
  const { chapterId, chapterTitle, chapterIds, site } = options;
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
  const scope = (id: string) => (ids.has(id) ? scopedId(chapterId, id) : id);

  const idRefPattern = new RegExp(`\\s(${idRefAttributes.join("|")})="([^"]*)"`, "g");
  return html
    .replace(/(\s)id="([^"]*)"/g, (_, space: string, id: string) => `${space}id="${scopedId(chapterId, id)}"`)
    .replace(idRefPattern, (_, name: string, value: string) => ` ${name}="${value.split(/\s+/).map(scope).join(" ")}"`)
    .replace(/url\(#([^)"'\s]+)\)/g, (_, id: string) => `url(#${scope(id)})`)
    .replace(/(\s(?:xlink:)?href)="([^"]*)"/g, (_, attr: string, href: string) => `${attr}="${rewriteHref(href)}"`)
    .replace(/<details(?![^>]*\sopen[\s>=])/g, "<details open")
    .replace(/<(?:section|aside|nav)\s[^>]*>/g, (tag) =>
      tag
        .replace(/\saria-labelledby="([^"]*)"/, (_, ids: string) => ` aria-labelledby="${ids} ${chapterId}"`)
        .replace(/\saria-label="([^"]*)"/, (_, label: string) => ` aria-label="${label} (${escapeAttribute(chapterTitle)})"`),
    );

  function rewriteHref(href: string): string {
    if (href.startsWith("#")) return `#${scope(href.slice(1))}`;
    if (!href.startsWith("/") || href.startsWith("//")) return href;
    const [, target, fragment] = /^\/([^/#?]+)\/?(?:#(.*))?$/.exec(href) ?? [];
    if (target && chapterIds.includes(target)) return `#${fragment ? scopedId(target, fragment) : target}`;
    return new URL(href, site).href;
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
