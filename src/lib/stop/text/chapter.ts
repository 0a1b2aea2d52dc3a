/** One chapter → one <Divisie> of the RegelingVrijetekst, with the document's own structure:
 * the title as its <Kop>, each section heading a nested <Divisie>, and every paragraph, list,
 * figure, table or box a <Divisietekst> of its own, so that each can be replaced, added or
 * removed on its own by a later wijzigingsbesluit (mutation/). */
import { flagAttribute, textAttribute } from "../../content/model/attributes.ts";
import type { Block, ChapterModel, HeadingBlock, ListItemBlock } from "../../content/model/types.ts";
import { t } from "../../../i18n/t.ts";
import { el, type XmlElement, type XmlNode } from "../xml.ts";
import { anchors, units, type TextContext } from "./context.ts";
import { figuur } from "./figure.ts";
import { InlineRenderer } from "./inline.ts";
import { dataTable, markdownTable } from "./table.ts";

function withUnit<T extends XmlElement>(element: T, unit: string | undefined): T {
  element.unit = unit;
  return element;
}

function withAnchor<T extends XmlElement>(element: T, anchor: string | undefined): T {
  element.anchor = anchor;
  return element;
}

function kop(content: XmlNode[], unit: string | undefined): XmlElement {
  return el("Kop", {}, [withUnit(el("Opschrift", {}, content), unit)]);
}

/** Consecutive list items are one list; each block's nested items a list inside its item. */
function groups(blocks: readonly Block[]): (Block | ListItemBlock[])[] {
  const result: (Block | ListItemBlock[])[] = [];
  for (const block of blocks) {
    const previous = result.at(-1);
    if (block.kind === "list-item" && Array.isArray(previous) && previous[0]!.ordered === block.ordered) previous.push(block);
    else result.push(block.kind === "list-item" ? [block] : block);
  }
  return result;
}

class ChapterRenderer {
  private readonly context: TextContext;
  private readonly inline: InlineRenderer;
  private readonly dataTables = new Map<string, number>();

  constructor(context: TextContext, chapter: ChapterModel) {
    this.context = context;
    this.inline = new InlineRenderer(context, chapter);
  }

  divisie(chapter: ChapterModel): XmlElement {
    const root = withAnchor(el("Divisie", {}, [kop([chapter.title], units.title(chapter.id))]), anchors.chapter(chapter.id));
    const open: { depth: number; element: XmlElement }[] = [{ depth: 1, element: root }];
    for (const group of groups(chapter.blocks)) {
      if (!Array.isArray(group) && group.kind === "heading") {
        while (open.length > 1 && open.at(-1)!.depth >= group.depth) open.pop();
        const section = this.section(group);
        open.at(-1)!.element.children.push(section);
        open.push({ depth: group.depth, element: section });
        continue;
      }
      const content = this.blockContent(group, "inhoud");
      if (content.length === 0) continue;
      const anchor = !Array.isArray(group) && group.kind === "paragraph" && group.number ? anchors.numbered(group.number) : undefined;
      open.at(-1)!.element.children.push(withAnchor(el("Divisietekst", {}, [el("Inhoud", {}, content)]), anchor));
    }
    emptySectionsAsText(root);
    return root;
  }

  private section(heading: HeadingBlock): XmlElement {
    return withAnchor(el("Divisie", {}, [kop(this.inline.content(heading.inlines), heading.number && units.numbered(heading.number))]), heading.number && anchors.numbered(heading.number));
  }

  /** What a block is inside an <Inhoud>, a box or a list item. `within` says where: a box holds
   * no box (its boxes' content is taken in), and a list item no box or quote. */
  private blockContent(group: Block | ListItemBlock[], within: "inhoud" | "kader" | "li"): XmlElement[] {
    if (Array.isArray(group)) return [this.list(group)];
    const block = group;
    switch (block.kind) {
      case "paragraph":
        return this.al(this.inline.content(block.inlines), block.number);
      case "heading":
        return [withUnit(el("Tussenkop", {}, this.inline.content(block.inlines)), block.number && units.numbered(block.number))];
      case "figure": {
        const figure = figuur(this.context, block.attributes);
        return figure ? [figure] : [];
      }
      case "data-table": {
        const table = dataTable(this.context, block.attributes);
        if (!table) return [];
        const dataset = textAttribute(block.attributes, "dataset")!;
        const occurrence = (this.dataTables.get(dataset) ?? 0) + 1;
        this.dataTables.set(dataset, occurrence);
        return [withAnchor(table, anchors.dataTable(dataset, occurrence))];
      }
      case "table": {
        const table = markdownTable(block, this.inline);
        return table ? [table] : [];
      }
      case "note":
        return this.box(within, [textAttribute(block.attributes, "title") ?? t("note.title")], block.children);
      case "ambitions": {
        const [first, ...rest] = block.children;
        if (first?.kind === "heading") return this.box(within, this.inline.content(first.inlines), rest, first.number);
        return this.box(within, undefined, block.children);
      }
      case "quote": {
        const content = this.blocks(block.children, "li");
        if (within === "li") return content;
        return [el("Citaat", { bron: block.source }, content)];
      }
      case "open-point": {
        const reason = textAttribute(block.attributes, "reason");
        const label = flagAttribute(block.attributes, "block") && reason ? this.al([`${t("openPoint.label")}: ${reason}`], undefined) : [];
        const content = [...label, ...this.blocks(block.children, within === "inhoud" ? "kader" : within)];
        return within === "inhoud" ? [el("Kadertekst", {}, content)] : content;
      }
      default:
        return [];
    }
  }

  private blocks(blocks: readonly Block[], within: "inhoud" | "kader" | "li"): XmlElement[] {
    return groups(blocks).flatMap((group) => this.blockContent(group, within));
  }

  /** A framed box (a note, the ambitions): <Kadertekst> with its heading as <Kop>. */
  private box(within: "inhoud" | "kader" | "li", heading: XmlNode[] | undefined, children: readonly Block[], number?: string): XmlElement[] {
    const content = this.blocks(children, "kader");
    const unit = number && units.numbered(number);
    if (within !== "inhoud") return [...(heading ? [withUnit(el("Tussenkop", {}, heading), unit)] : []), ...content];
    return [el("Kadertekst", {}, [heading && kop(heading, unit), ...content])];
  }

  private list(items: readonly ListItemBlock[]): XmlElement {
    const ordered = items[0]!.ordered;
    return el(
      "Lijst",
      { type: ordered ? "expliciet" : "ongemarkeerd" },
      items.map((item, index) =>
        withAnchor(
          el("Li", {}, [
            ordered && el("LiNummer", {}, [`${index + 1}.`]),
            ...this.al(this.inline.content(item.inlines), item.number),
            ...this.blocks(item.children, "li"),
          ]),
          item.number && anchors.numbered(item.number),
        ),
      ),
    );
  }

  private al(content: XmlNode[], number: string | undefined): XmlElement[] {
    return content.length === 0 ? [] : [withUnit(el("Al", {}, content), number && units.numbered(number))];
  }
}

/** STOP0058: a <Divisie> needs more than its <Kop>. A heading with nothing under it (before the
 * next heading of its level) becomes a <Tussenkop> in a <Divisietekst>: same words, valid place. */
function emptySectionsAsText(divisie: XmlElement): void {
  divisie.children = divisie.children.map((child) => {
    if (typeof child === "string" || child.name !== "Divisie") return child;
    emptySectionsAsText(child);
    if (child.children.length > 1) return child;
    const opschrift = (child.children[0] as XmlElement).children[0] as XmlElement;
    return withAnchor(el("Divisietekst", {}, [el("Inhoud", {}, [withUnit(el("Tussenkop", {}, opschrift.children), opschrift.unit)])]), child.anchor);
  });
}

export function chapterDivisie(context: TextContext, chapter: ChapterModel): XmlElement {
  return new ChapterRenderer(context, chapter).divisie(chapter);
}
