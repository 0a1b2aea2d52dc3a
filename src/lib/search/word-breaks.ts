/**
 * The HTML Pagefind indexes, with a space at the edges of every element that a reader sees as a
 * block of its own but Pagefind reads as inline. Pagefind separates words only at the elements of
 * its own short list (h1–h6, p, td, div, ul, li, article, section; pagefind/src/fossick/parser.rs,
 * `SENTENCE_SELECTORS`, Pagefind issue #736), and Astro writes the pages without white space
 * between tags, so `<dt>Peildatum</dt><dd>mei 2025</dd>` was indexed as "Peildatummei" and
 * `<th>Gebied</th><th>Voelt …</th>` as "GebiedVoelt": words no reader typed could find, and
 * excerpts that ran words together. The published HTML is not changed; only what Pagefind reads.
 */
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";

/** Elements that start a line of their own in the page, and that Pagefind does not separate. */
const blocksPagefindJoins = new Set([
  "address", "aside", "blockquote", "caption", "dd", "details", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "header", "legend", "main", "nav", "ol", "pre", "summary", "table", "tbody",
  "tfoot", "th", "thead", "tr",
]);

const space = () => ({ type: "text" as const, value: " " });

export function withWordBreaks(html: string): string {
  const tree: Root = fromHtml(html);
  visit(tree, "element", (node: Element) => {
    if (blocksPagefindJoins.has(node.tagName)) node.children = [space(), ...node.children, space()];
  });
  return toHtml(tree);
}
