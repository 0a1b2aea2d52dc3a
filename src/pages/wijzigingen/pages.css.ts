import type { APIRoute } from "astro";
import { documentInfo } from "../../lib/content/astro.ts";
import { printedStatusLine } from "../../lib/content/document-info.ts";
import { getEditionBeforeCurrent } from "../../lib/editions/astro.ts";
import { pageCss } from "../../lib/pdf/page-css.ts";
import { t } from "../../i18n/t.ts";

/** /wijzigingen/pages.css: the running heads of the renvooi as printed for the raad, as in the
 * document's PDF (/document/pages.css): on every page the document and both versions, and the
 * status line at the foot. A file, not an inline <style>, for the Content-Security-Policy. */
export const GET: APIRoute = () => {
  const from = getEditionBeforeCurrent();
  const css = pageCss({
    documentTitle: documentInfo.title,
    footerText: printedStatusLine(documentInfo),
    runningHead: from ? t("changesPdf.runningHead", { from: from.version, to: documentInfo.version }) : undefined,
    chapters: [],
  });
  return new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
