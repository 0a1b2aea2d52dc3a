import sitemap from "@astrojs/sitemap";
import type { AstroIntegration } from "astro";
import { unlistedPaths } from "../lib/content/addresses.ts";

/** /sitemap-index.xml (with /sitemap-0.xml): every page that search engines may index, at the
 * site's address (astro.config.mjs `site`, from src/content/document.json). The 404 page and the
 * pages marked noindex stay out. */
export function sitemapFile(): AstroIntegration {
  return sitemap({ filter: (page) => !unlistedPaths.includes(new URL(page).pathname) });
}
