import mdx from "@astrojs/mdx";
import type { AstroIntegration } from "astro";
import { editorCheck } from "./editor-check.ts";
import { editions } from "./editions.ts";
import { knownWarnings } from "./known-warnings.ts";
import { openPoints } from "./open-points.ts";
import { pdfEdition } from "./pdf-edition.ts";
import { searchIndex } from "./search-index.ts";
import { sitemapFile } from "./sitemap.ts";
import { stopPublication } from "./stop-publication.ts";

/**
 * The site's build steps, in the order they must run; astro.config.mjs uses this list as it is.
 * - every mistake in the editors' files stops the build before Astro reads them (and shows on the
 *   page in `astro dev`);
 * - every released edition is checked against its manifest (a changed file stops the build), and
 * - the open points are reported (or a `vastgesteld` build refused), before anything is rendered;
 * - MDX renders the chapters;
 * - after rendering, the official publication (STOP) of every edition is written to dist/stop/,
 * - the PDF is printed from the built pages and its size written into them,
 * - and only then is the search index made, so it indexes the finished pages;
 * - the sitemap lists the pages at the site's address (`site` in src/content/document.json).
 */
export function buildSteps(): AstroIntegration[] {
  return [editorCheck(), knownWarnings(), editions(), openPoints(), mdx(), stopPublication(), pdfEdition(), searchIndex(), sitemapFile()];
}
