import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import type { Finding } from "./findings.ts";
import { listPages, pageFile } from "./site-pages.ts";

/** Attributes that point at another resource of the site. */
const linkAttributes: ReadonlyArray<[selector: string, attribute: string]> = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["script[src]", "src"],
  ["source[src]", "src"],
  ["iframe[src]", "src"],
  ["object[data]", "data"],
  ["form[action]", "action"],
  ["use[href]", "href"],
];

const ignoredSchemes = /^(mailto|tel|data|javascript|blob):/i;

/**
 * Every internal link and anchor on every page of a built site resolves: the file exists and,
 * for a #fragment, the target page has an element with that id.
 * `siteOrigin` (e.g. "https://woonzorgvisie.assen.nl") makes absolute links to the site itself internal.
 */
export function linkFindings(distDir: string, siteOrigin?: string): Finding[] {
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      ids = new Set<string>();
      for (const el of document.querySelectorAll("[id], a[name]")) {
        const id = el.getAttribute("id") ?? el.getAttribute("name");
        if (id) ids.add(id);
      }
      idsByFile.set(file, ids);
    }
    return ids;
  };

  const findings: Finding[] = [];
  for (const page of listPages(distDir)) {
    const file = pageFile(distDir, page);
    const { document } = parseHTML(readFileSync(file, "utf8"));
    const pageUrl = new URL(page, "http://site.invalid");
    for (const [selector, attribute] of linkAttributes) {
      for (const el of document.querySelectorAll(selector)) {
        const raw = (el.getAttribute(attribute) ?? "").trim();
        const element = `<${el.tagName.toLowerCase()} ${attribute}="${raw}">${describe(el)}`;
        if (raw === "") {
          findings.push({ page, element, rule: "empty-link", message: `empty ${attribute}` });
          continue;
        }
        if (ignoredSchemes.test(raw)) continue;
        let url: URL;
        try {
          url = new URL(raw, pageUrl);
        } catch {
          findings.push({ page, element, rule: "invalid-url", message: `"${raw}" is not a valid URL` });
          continue;
        }
        const internal = url.origin === pageUrl.origin || (siteOrigin !== undefined && url.origin === siteOrigin);
        if (!internal) continue;
        const target = resolveFile(distDir, decodeURIComponent(url.pathname));
        if (!target) {
          findings.push({ page, element, rule: "dead-link", message: `nothing is built at ${url.pathname}` });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
          findings.push({
            page,
            element,
            rule: "dead-anchor",
            message: `${url.pathname} has no element with id="${fragment}"`,
          });
        }
      }
    }
  }
  return findings;
}

/** The file a static host serves for a URL path, or undefined when it would answer 404. */
function resolveFile(distDir: string, urlPath: string): string | undefined {
  const file = path.join(distDir, path.normalize(urlPath));
  if (!file.startsWith(distDir)) return undefined;
  if (!existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) {
    const index = path.join(file, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return file;
}

function describe(el: Element): string {
  const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
  return text ? ` "${text.length > 60 ? `${text.slice(0, 57)}...` : text}"` : "";
}
