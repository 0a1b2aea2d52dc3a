import type { APIRoute } from "astro";

/** Every crawler may read every page (the pages that should not be indexed say so themselves); the
 * sitemap is at the site's address (`site` in src/content/document.json). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL("/sitemap-index.xml", site).href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
