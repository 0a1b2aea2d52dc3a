/** The renvooi in the text itself: a paragraph, heading or list item that changed in this
 * version (against the edition before it) ends with a quiet mark, "gewijzigd in 0.2", that links
 * to its entry in the renvooi; a figure or data table whose words or numbers changed has it after
 * its source line (src/components/ChangeMark.astro). Plain HTML, no script; the words are the link's generated content
 * (as the paragraph numbers are), so they are no part of a heading's text, a search excerpt or a
 * copied sentence, while a screen reader reads the link's name.
 *
 * The marks come from the same renvooi model as the renvooi pages. In `astro dev` a chapter's
 * marks are computed when the chapter is compiled: after a change in data/ only, they show on
 * the next save of the chapter. */
import type { Nodes, Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { changesPath, editionChangesHref } from "../content/addresses.ts";
import { chapterOfFile } from "../content/mdx/chapter-of-file.ts";
import { emptyElement } from "../content/mdx/element-node.ts";
import { readAttributes } from "../content/model/attributes.ts";
import { numberedNodes, paragraphNumber } from "../content/model/numbering.ts";
import { EditorError } from "../errors.ts";
import { t } from "../../i18n/t.ts";
import { editionOfFile } from "./layout.ts";
import { editionBefore, listEditions } from "./list.ts";
import { wordsChanged, type ChangeItem, type ItemChange, type Renvooi } from "./renvooi.ts";
import { renvooiOnce } from "./renvooi-cache.ts";
import { entryId, isNumbered } from "./renvooi-view.ts";
import { currentSource, editionSource } from "./source.ts";

export interface ChangeMark {
  /** The version the unit changed in: the newer document's. */
  version: string;
  /** "gewijzigd in 0.2", "nieuw in 0.2", "verplaatst in 0.2". */
  label: string;
  /** The entry in the renvooi: "/wijzigingen/#wijziging-2-14". */
  href: string;
}

/** The page shows each mark as an element of this class, whose attribute holds its words. */
export const changeMarkClass = "change-mark";
export const changeMarkAttribute = "data-change";

const markedChanges = new Set<ItemChange>(["changed", "numbers", "added", "moved"]);

const markedFigureChanges = new Set<ItemChange>(["changed", "data", "added", "moved"]);

/** The key of a unit's mark: its paragraph number, or for a figure or data table its name. */
export const figureMarkKey = (figureId: string) => `figuur:${figureId}`;
export const dataTableMarkKey = (datasetId: string) => `tabel:${datasetId}`;

function markKey(item: ChangeItem): string | undefined {
  if (isNumbered(item)) return markedChanges.has(item.change) ? item.number : undefined;
  if (item.identity === undefined || !markedFigureChanges.has(item.change)) return undefined;
  if (item.kind === "figure") return figureMarkKey(item.identity);
  if (item.kind === "data-table") return dataTableMarkKey(item.identity);
  return undefined;
}

/** Per chapter, per paragraph number (or figure or data table, `figureMarkKey`) in the newer
 * document: its mark. `renvooiHref` is the page of this renvooi ("/wijzigingen/",
 * "/versies/0.2/wijzigingen/"). */
export function changeMarks(renvooi: Renvooi, renvooiHref: string): Map<string, Map<string, ChangeMark>> {
  const version = renvooi.to.info.version;
  const marks = new Map<string, Map<string, ChangeMark>>();
  for (const chapter of renvooi.chapters) {
    const own = new Map<string, ChangeMark>();
    for (const item of chapter.items) {
      if (item.type !== "change") continue;
      const key = markKey(item);
      const entry = entryId(item, chapter.id);
      if (key === undefined || entry === undefined) continue;
      const kind = item.change === "added" ? "added" : item.change === "moved" && !wordsChanged(item) ? "moved" : "changed";
      own.set(key, { version, label: t(`changes.mark.${kind}`, { version }), href: `${renvooiHref}#${entry}` });
    }
    if (own.size > 0) marks.set(chapter.id, own);
  }
  return marks;
}

/** The marks of the document a chapter file belongs to (an edition's, or the one being written),
 * against the edition before it; none when there is no edition before it, or while an editor's
 * file has a mistake (in `astro dev`: the editors' check shows that mistake itself, and the build
 * stops on it before anything compiles). */
function marksOfDocument(root: string, edition: string | undefined): Map<string, Map<string, ChangeMark>> {
  try {
    const to = edition === undefined ? currentSource(root) : editionSource(root, edition);
    const previous = editionBefore(listEditions(root), to.info.version);
    if (!previous) return new Map();
    return changeMarks(renvooiOnce(editionSource(root, previous.version), to), edition === undefined ? changesPath : editionChangesHref(edition));
  } catch (error) {
    if (error instanceof EditorError) return new Map();
    throw error;
  }
}

function markNode(mark: ChangeMark): Nodes {
  return emptyElement("changeMark", "a", {
    className: [changeMarkClass],
    href: mark.href,
    [changeMarkAttribute]: mark.label,
    ariaLabel: mark.label,
    title: t("changes.mark.title", { version: mark.version }),
  });
}

/** The attributes a <Figure> or <DataTable> gets for its mark: it shows it after its source line. */
export const changeMarkAttributes = { label: "changeMark", href: "changeHref", title: "changeTitle" } as const;

function markFigure(element: MdxJsxFlowElement, mark: ChangeMark): void {
  const values = { label: mark.label, href: mark.href, title: t("changes.mark.title", { version: mark.version }) };
  for (const [key, name] of Object.entries(changeMarkAttributes)) {
    element.attributes.push({ type: "mdxJsxAttribute", name, value: values[key as keyof typeof values] });
  }
}

/** Remark plugin: the marks, at the end of each changed heading, paragraph or list item's text,
 * and under each figure or data table whose words or numbers changed. */
export function remarkChangeMarks(options: { root: string }) {
  return (tree: Root, file: VFile) => {
    const chapter = chapterOfFile(options.root, file.path);
    if (!chapter) return;
    const edition = editionOfFile(options.root, file.path);
    const marks = marksOfDocument(options.root, edition).get(chapter.id);
    if (!marks) return;
    numberedNodes(tree).forEach((node, index) => {
      const mark = marks.get(paragraphNumber(chapter.number, index));
      if (!mark) return;
      const first = node.type === "listItem" ? node.children[0] : undefined;
      const target = first?.type === "paragraph" ? first : node;
      if ("children" in target) (target.children as Nodes[]).push(markNode(mark));
    });
    visit(tree, "mdxJsxFlowElement", (element: MdxJsxFlowElement) => {
      const name = element.name === "Figure" ? "id" : element.name === "DataTable" ? "dataset" : undefined;
      const id = name && readAttributes(element.attributes)[name];
      if (typeof id !== "string") return;
      const mark = marks.get(element.name === "Figure" ? figureMarkKey(id) : dataTableMarkKey(id));
      if (mark) markFigure(element, mark);
    });
  };
}
