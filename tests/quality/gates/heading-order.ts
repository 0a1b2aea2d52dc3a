import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import type { Finding } from "./findings.ts";
import { listPages, pageFile } from "./site-pages.ts";

const headings = "h1, h2, h3, h4, h5, h6, [role=heading]";
const isH1 = (el: Element) => el.tagName === "H1" || (el.getAttribute("role") === "heading" && el.getAttribute("aria-level") === "1");
const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ""}> "${(el.textContent ?? "").replace(/\s+/g, " ").trim()}"`;

/**
 * On every page of a built site the first heading in the source is the page's h1 (HTML_CodeSniffer
 * G141, WCAG 1.3.1): a screen reader's list of headings, and its reading, start with the title,
 * not with a table of contents placed before it.
 */
export function headingOrderFindings(distDir: string): Finding[] {
  const findings: Finding[] = [];
  for (const page of listPages(distDir)) {
    const { document } = parseHTML(readFileSync(pageFile(distDir, page), "utf8"));
    const all = [...document.querySelectorAll(headings)];
    const h1 = all.findIndex(isH1);
    if (all.length === 0 || h1 === 0) continue;
    if (h1 === -1) {
      findings.push({ page, element: describe(all[0]!), rule: "heading-before-h1", message: "the page has headings but no h1" });
      continue;
    }
    for (const before of all.slice(0, h1)) {
      findings.push({ page, element: describe(before), rule: "heading-before-h1", message: `comes before the page's h1 ${describe(all[h1]!)}` });
    }
  }
  return findings;
}
