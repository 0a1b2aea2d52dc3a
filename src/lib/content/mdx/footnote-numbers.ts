/** Rehype plugin: footnote numbers run through the whole document in chapter order (1, 2, … as
 * in the source), instead of starting again in every chapter. The Markdown pipeline numbers each
 * chapter's footnotes 1, 2, … in order of first reference, as the document model does; this adds
 * the number of footnotes in the chapters before it to the reference, the list and its back-links. */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { t } from "../../../i18n/t.ts";
import { chapterOfFile } from "./chapter-of-file.ts";

/** How many referenced footnotes come before this chapter in the document. */
function footnotesBefore(root: string, filePath: string | undefined): number | undefined {
  const chapter = chapterOfFile(root, filePath);
  if (!chapter) return undefined;
  const first = chapter.footnotes[0]?.footnoteNumber;
  return first === undefined ? 0 : first - 1;
}

function isFootnoteList(element: Element, parent: unknown): boolean {
  const section = parent as Element | undefined;
  return element.tagName === "ol" && section?.type === "element" && section.properties.dataFootnotes !== undefined;
}

export function rehypeFootnoteNumbers(options: { root: string }) {
  return (tree: Root, file: VFile) => {
    const offset = footnotesBefore(options.root, file.path);
    if (!offset) return;
    visit(tree, "element", (element, _index, parent) => {
      if (element.tagName === "a" && element.properties.dataFootnoteRef !== undefined) {
        const local = Number(element.children.find((child) => child.type === "text")?.value);
        if (Number.isFinite(local)) element.children = [{ type: "text", value: String(local + offset) }];
      }
      if (isFootnoteList(element, parent)) {
        element.properties.start = offset + 1;
        let position = 0;
        for (const item of element.children) {
          if (item.type !== "element" || item.tagName !== "li") continue;
          const number = offset + ++position;
          visit(item, "element", (link) => {
            if (link.properties.dataFootnoteBackref !== undefined) link.properties.ariaLabel = t("footnotes.backLabel", { n: number });
          });
        }
      }
    });
  };
}
