/** The charts as the built site shows them: each figure's <svg> taken from its page, the exact
 * string the reader's browser draws, for the package's PNG (png.ts). */
import { chapterPageHref } from "../content/addresses.ts";
import { figureElementId } from "../content/figure-index.ts";

/** The page of a chapter, relative to the built site: "huis/index.html", "versies/0.1/huis/index.html". */
export function chapterPageFile(edition: string | undefined, chapterId: string): string {
  return `${chapterPageHref(edition, chapterId).slice(1)}index.html`;
}

/** The <svg> inside `<figure id="figuur-…">` of a built page; undefined when the page has none. */
export function chartOnPage(html: string, figureId: string): string | undefined {
  const start = html.indexOf(`id="${figureElementId(figureId)}"`);
  if (start === -1) return undefined;
  const open = html.indexOf("<svg", start);
  const close = html.indexOf("</svg>", open);
  // The figure's own chart: it comes before the figure ends (a chart holds no nested <svg>).
  if (open === -1 || close === -1 || open > html.indexOf("</figure>", start)) return undefined;
  return html.slice(open, close + "</svg>".length);
}
