import { readdirSync } from "node:fs";
import path from "node:path";

/** Every built HTML page under `dir`, as site paths ("/", "/inwoner/", "/404.html"), sorted. */
export function listPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".html")) pages.push(toSitePath(path.relative(dir, full)));
    }
  };
  walk(dir);
  return pages.sort();
}

/** "inwoner/index.html" -> "/inwoner/", "404.html" -> "/404.html". */
export function toSitePath(relativeFile: string): string {
  const rel = relativeFile.split(path.sep).join("/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel}`;
}

/** The HTML file a site path is served from. */
export function pageFile(dir: string, sitePath: string): string {
  return path.join(dir, sitePath, sitePath.endsWith(".html") ? "" : "index.html");
}
