import type { APIRoute } from "astro";
import { getChapters, documentInfo } from "../../lib/content/astro.ts";
import { printedStatusLine } from "../../lib/content/document-info.ts";
import { pageCss } from "../../lib/pdf/page-css.ts";

/** /document/pages.css: running headers and footer text for the printed document (a file, not
 * an inline <style>, so a strict Content-Security-Policy allows it). */
export const GET: APIRoute = async () => {
  const chapters = getChapters();
  const css = pageCss({
    documentTitle: documentInfo.title,
    footerText: printedStatusLine(documentInfo),
    chapters: chapters.map((chapter, index) => ({ id: chapter.id, number: index + 1, title: chapter.data.title })),
  });
  return new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
