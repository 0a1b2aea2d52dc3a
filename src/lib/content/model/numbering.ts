/** Which parts of a chapter get a paragraph number ("2.14"), in one place: the document model
 * and the MDX plugin that prints the numbers on the page both ask this function, on the same
 * syntax tree, so the number a reader cites is the number the renvooi names. */
import type { Nodes, Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";

/** Every heading, paragraph and list item below the chapter title, in document order. A paragraph
 * that is a list item's text is numbered as the list item; footnotes keep their own numbers. */
export function numberedNodes(tree: Root): Nodes[] {
  const nodes: Nodes[] = [];
  visit(tree, (node, _index, parent) => {
    if (node.type === "footnoteDefinition") return SKIP;
    if (node.type === "heading" || node.type === "listItem") nodes.push(node);
    else if (node.type === "paragraph" && parent?.type !== "listItem") nodes.push(node);
    return undefined;
  });
  return nodes;
}

/** "2.14" */
export function paragraphNumber(chapterNumber: number, index: number): string {
  return `${chapterNumber}.${index + 1}`;
}

/** The page shows each number as an element of this class, whose attribute holds the number. */
export const paragraphNumberClass = "paragraph-number";
export const paragraphNumberAttribute = "data-number";

/** The anchor a reader links to: "p-2-14". */
export function paragraphAnchor(number: string): string {
  return `p-${number.replace(".", "-")}`;
}
