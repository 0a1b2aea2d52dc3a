// `<Footnote>…</Footnote>`, written where the footnote mark belongs, becomes a GFM footnote: a
// footnoteReference in its place and a footnoteDefinition at the end of the chapter. remark-rehype
// then renders exactly the footnote HTML that `[^1]` + `[^1]: …` gives (site, whole document, PDF).
// Why a component: the editors' studio (Keystatic) cannot read GFM footnotes, but it can edit this.
import type { FootnoteDefinition, FootnoteReference, Nodes, PhrasingContent, Root } from "mdast";
import type { MdxJsxTextElement } from "mdast-util-mdx-jsx";

export const footnoteComponentName = "Footnote";

function isFootnoteElement(node: Nodes): node is MdxJsxTextElement {
  return node.type === "mdxJsxTextElement" && node.name === footnoteComponentName;
}

/** Identifiers already used by `[^label]` footnotes in the same file, so the two forms can mix. */
function usedIdentifiers(tree: Root): Set<string> {
  const used = new Set<string>();
  const walk = (node: Nodes) => {
    if (node.type === "footnoteDefinition" || node.type === "footnoteReference") used.add(node.identifier);
    if ("children" in node) node.children.forEach(walk);
  };
  walk(tree);
  return used;
}

/** Numbers the footnotes of one chapter 1, 2, 3 … in reading order; the document-wide numbering is
 * a later step over the HTML. */
export function footnoteComponentToGfm(tree: Root): void {
  const used = usedIdentifiers(tree);
  const definitions: FootnoteDefinition[] = [];
  let next = 1;
  const walk = (node: Nodes) => {
    if (!("children" in node)) return;
    node.children = node.children.map((child) => {
      if (!isFootnoteElement(child)) {
        walk(child);
        return child;
      }
      while (used.has(String(next))) next++;
      const identifier = String(next++);
      const reference: FootnoteReference = { type: "footnoteReference", identifier, label: identifier };
      if (child.position) reference.position = child.position;
      const text = child.children as PhrasingContent[];
      text.forEach(walk);
      definitions.push({
        type: "footnoteDefinition",
        identifier,
        label: identifier,
        children: [{ type: "paragraph", children: text }],
        ...(child.position ? { position: child.position } : {}),
      });
      return reference;
    }) as typeof node.children;
  };
  walk(tree);
  tree.children.push(...definitions);
}

/** The remark plugin, for the `remarkPlugins` list in astro.config.mjs. */
export function remarkFootnoteComponent() {
  return footnoteComponentToGfm;
}
