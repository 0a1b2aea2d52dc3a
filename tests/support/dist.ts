import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { distDir } from "./paths.ts";

/** The built HTML of a site path such as "/inwoner/", parsed; of the run's own build, or of the site in `dist`. */
export function loadPage(sitePath: string, dist = distDir): Document {
  const file = path.join(dist, sitePath, sitePath.endsWith(".html") ? "" : "index.html");
  return parseHTML(readFileSync(file, "utf8")).document;
}

/** Every built HTML page, as site paths ("/", "/inwoner/", "/404.html"). */
export function allPages(dist = distDir): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".html")) {
        const rel = path.relative(dist, full).split(path.sep).join("/");
        pages.push(rel === "index.html" ? "/" : rel.endsWith("/index.html") ? `/${rel.slice(0, -10)}` : `/${rel}`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** Visible text of an element with whitespace folded, as a reader (or pdftotext) sees it. */
export function textOf(node: Element | Document | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** An HTML fragment read as the browser's DOMParser reads it (the search UI reads Pagefind's
 * excerpts so); here with linkedom. */
export function readHtmlFragment(html: string): Node {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node;
}
