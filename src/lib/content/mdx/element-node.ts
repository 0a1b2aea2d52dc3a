/** An element made straight from mdast data (mdast-util-to-hast honours hName/hProperties): for
 * what a plugin adds to the page that has no Markdown of its own (a paragraph number, a mark). */
import type { Nodes } from "mdast";

export function emptyElement(type: string, tagName: string, properties: Record<string, string | string[]>): Nodes {
  return { type, data: { hName: tagName, hProperties: properties, hChildren: [] } } as unknown as Nodes;
}
