/** Remark plugin for the chapters of a released edition (editions/<version>/chapters/*.mdx):
 * their components read that edition's datasets and figure numbers, and their links to a
 * chapter lead to that chapter in the same edition. Paragraph and footnote numbers need nothing
 * here: their plugins read the model of the file's own folder. */
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { editionChaptersDir, editionOfFile } from "../../editions/layout.ts";
import { editionChapterHref } from "../addresses.ts";
import { loadDocumentModel } from "../model/load.ts";

/** The components that read data or the document, and take an `edition` attribute for it. */
export const editionAwareComponents = new Set(["Value", "Figure", "DataTable", "Ref"]);

export const editionAttribute = "edition";

/** "/wijk/#x" → "/versies/0.1/wijk/#x" when "wijk" is a chapter of the edition. */
function editionLink(url: string, version: string, chapterIds: ReadonlySet<string>): string {
  if (!url.startsWith("/") || url.startsWith("//")) return url;
  const parsed = new URL(url, "https://site.invalid");
  const [first, ...rest] = parsed.pathname.split("/").filter(Boolean);
  if (!first || rest.length > 0 || !chapterIds.has(first)) return url;
  return `${editionChapterHref(version, first)}${parsed.search}${parsed.hash}`;
}

export function remarkEditionPages(options: { root: string }) {
  return (tree: Root, file: VFile) => {
    const version = editionOfFile(options.root, file.path);
    if (version === undefined) return;
    const chapterIds = new Set(loadDocumentModel(options.root, editionChaptersDir(version)).chapters.map((chapter) => chapter.id));
    visit(tree, (node) => {
      if (node.type === "link") node.url = editionLink(node.url, version, chapterIds);
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name && editionAwareComponents.has(element.name)) {
        element.attributes.push({ type: "mdxJsxAttribute", name: editionAttribute, value: version });
      }
    });
  };
}
