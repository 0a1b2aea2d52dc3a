/** Remark plugin: prints each paragraph's number ("2.14") as a link to itself ("#p-2-14"), so a
 * reader or raadslid can cite and link it. The numbers are the document model's: the plugin asks
 * the same function (numberedNodes) on the same tree. */
import type { Nodes, Root } from "mdast";
import type { VFile } from "vfile";
import { numberedNodes, paragraphAnchor, paragraphNumber, paragraphNumberAttribute, paragraphNumberClass } from "../model/numbering.ts";
import { t } from "../../../i18n/t.ts";
import { notIndexed } from "../../search/contract.ts";
import { chapterOfFile } from "./chapter-of-file.ts";
import { emptyElement } from "./element-node.ts";

/** The number is shown by CSS from its attribute, so it is not part of a heading's text (and
 * slug), a search excerpt or a sentence that a screen reader reads out. */
function numberNode(number: string): Nodes {
  const anchor = paragraphAnchor(number);
  return emptyElement("paragraphNumber", "a", {
    className: [paragraphNumberClass],
    id: anchor,
    href: `#${anchor}`,
    [paragraphNumberAttribute]: number,
    // Its name is the number a reader sees (a heading reads "2.1 Ambities"); the title says what it is.
    ariaLabel: number,
    title: t("paragraph.link", { number }),
    ...notIndexed,
  });
}

export function remarkParagraphNumbers(options: { root: string }) {
  return (tree: Root, file: VFile) => {
    const chapter = chapterOfFile(options.root, file.path);
    if (!chapter) return;
    numberedNodes(tree).forEach((node, index) => {
      const number = numberNode(paragraphNumber(chapter.number, index));
      if (node.type === "listItem") {
        const first = node.children[0];
        if (first?.type === "paragraph") first.children.unshift(number as never);
        else node.children.unshift(number as never);
      } else if ("children" in node) {
        (node.children as Nodes[]).unshift(number);
      }
    });
  };
}
