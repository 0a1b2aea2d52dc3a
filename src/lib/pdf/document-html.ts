import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { find, html } from "property-information";
import { visit } from "unist-util-visit";
import { paragraphNumberAttribute, paragraphNumberClass } from "../content/model/numbering.ts";

/** The hast name of the number's attribute: data-number → dataNumber. */
const numberProperty = find(html, paragraphNumberAttribute).property;

const classes = (properties: Record<string, unknown>) => (Array.isArray(properties.className) ? properties.className.map(String) : []);

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
  /** The site's public address (`site` in src/content/document.json): other site links must work from paper too. */
  site: string;
}

/** Properties (hast names) that hold one id or a space-separated list of ids. */
const idRefProperties = new Set([
  "ariaActiveDescendant",
  "ariaControls",
  "ariaDescribedBy",
  "ariaDetails",
  "ariaErrorMessage",
  "ariaFlowTo",
  "ariaLabelledBy",
  "ariaOwns",
  "htmlFor",
  "form",
  "headers",
  "list",
]);

const landmarks = new Set(["section", "aside", "nav"]);

export function scopedId(chapterId: string, id: string): string {
  return `${chapterId}--${id}`;
}

/** The named @page of a chapter, which carries its running header. */
export function chapterPageName(chapterId: string): string {
  return `chapter-${chapterId.replace(/[^a-zA-Z0-9-]/g, "-")}`;
}

/**
 * Rewrites a chapter's rendered HTML for the whole-document page, through an HTML parser:
 * - every id gets the chapter's prefix, and so does every reference to it
 *   (href="#…", url(#…) in SVG, aria-labelledby and the other id-list attributes);
 * - a link to a chapter page ("/wijk/", "/wijk/#ambities") points into this document;
 * - a link to another site page ("/data/…") gets the site's address, so it still works in the PDF;
 * - every <details> is open: paper cannot be clicked open;
 * - a paragraph number is plain text, not a link to itself (paper cannot follow it), hidden from
 *   assistive technology: in the PDF it becomes page furniture (an artifact) that a reader cites
 *   but a screen reader skips, and it stays out of the headings' bookmark titles;
 * - landmarks (section, aside, nav) get the chapter's name in theirs: five chapters each with an
 *   "Ambities" section would otherwise be five landmarks of one name on one page.
 */
export function scopeChapterHtml(chapterHtml: string, options: ScopeOptions): string {
  const { chapterId, chapterTitle, chapterIds, site } = options;
  const tree = fromHtml(chapterHtml, { fragment: true });
  const ids = new Set<string>();
  visit(tree, "element", (element) => {
    if (typeof element.properties.id === "string") ids.add(element.properties.id);
  });
  const scope = (id: string) => (ids.has(id) ? scopedId(chapterId, id) : id);
  const scopeList = (value: unknown) =>
    Array.isArray(value) ? value.map((id) => scope(String(id))) : String(value).split(/\s+/).map(scope).join(" ");

  visit(tree, "element", (element) => {
    const properties = element.properties;
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === null) continue;
      if (name === "id") properties[name] = scopedId(chapterId, String(value));
      else if (idRefProperties.has(name)) properties[name] = scopeList(value);
      else if (name === "href" || name === "xLinkHref") properties[name] = rewriteHref(String(value));
      else if (typeof value === "string" && value.includes("url(#")) {
        // An SVG paint or clip reference: fill="url(#c1)", clip-path="url(#c1)".
        properties[name] = value.replace(/url\(#([^)"'\s]+)\)/g, (_, id: string) => `url(#${scope(id)})`);
      }
    }
    if (element.tagName === "details" && !properties.open) element.properties = { open: true, ...properties };
    const number = properties[numberProperty];
    if (element.tagName === "a" && typeof number === "string" && classes(properties).includes(paragraphNumberClass)) {
      element.tagName = "span";
      element.properties = { className: [paragraphNumberClass], id: properties.id, ariaHidden: "true" };
      element.children = [{ type: "text", value: number }];
    }
    if (landmarks.has(element.tagName)) {
      const labelledBy = element.properties.ariaLabelledBy;
      if (Array.isArray(labelledBy)) element.properties.ariaLabelledBy = [...labelledBy, chapterId];
      if (typeof element.properties.ariaLabel === "string") element.properties.ariaLabel = `${element.properties.ariaLabel} (${chapterTitle})`;
    }
  });
  return toHtml(tree, { characterReferences: { useNamedReferences: true }, collapseEmptyAttributes: true });

  function rewriteHref(href: string): string {
    if (href.startsWith("#")) return `#${scope(href.slice(1))}`;
    if (!href.startsWith("/") || href.startsWith("//")) return href;
    const url = new URL(href, site);
    const [target, ...rest] = url.pathname.split("/").filter(Boolean);
    if (target && rest.length === 0 && url.search === "" && chapterIds.includes(target)) {
      const fragment = url.hash.slice(1);
      return `#${fragment ? scopedId(target, decodeURIComponent(fragment)) : target}`;
    }
    return url.href;
  }
}
