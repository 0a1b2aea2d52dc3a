/** Sentence-level content → STOP inline content: words as the reader reads them (soft line breaks
 * and runs of spaces as one space, as the renvooi reads them), numbers from the data as their
 * formatted text, "figuur 3" as a reference to the figure, footnotes as <Noot> where they are
 * referred to, links as <IntRef> (to a chapter) or <ExtRef>. */
import { textAttribute } from "../../content/model/attributes.ts";
import type { Attributes, ChapterModel, FootnoteBlock, Inline } from "../../content/model/types.ts";
import { ownInlines, allBlocks } from "../../content/model/walk.ts";
import { inlineValue } from "../../datasets/inline-value.ts";
import { t } from "../../../i18n/t.ts";
import { el, isElement, textContent, type XmlElement, type XmlNode } from "../xml.ts";
import { anchors, units, type TextContext } from "./context.ts";

function flag(attributes: Attributes, name: string): boolean | undefined {
  return typeof attributes[name] === "boolean" ? (attributes[name] as boolean) : undefined;
}

function valueText(context: TextContext, attributes: Attributes): string {
  const tag = { of: textAttribute(attributes, "of") ?? "", row: textAttribute(attributes, "row") ?? "", col: textAttribute(attributes, "col") };
  return inlineValue(context.datasets, { ...tag, unit: flag(attributes, "unit"), qualifier: flag(attributes, "qualifier"), capitalize: flag(attributes, "capitalize") }).text;
}

/** The chapter a link on the site leads to ("/inwoner/" → "inwoner"), if any. */
function linkedChapter(context: TextContext, href: string): string | undefined {
  const match = /^\/([a-z0-9-]+)\/?(#.*)?$/.exec(href);
  return match && context.model.chapters.some((chapter) => chapter.id === match[1]) ? match[1] : undefined;
}

export class InlineRenderer {
  private readonly context: TextContext;
  private readonly chapter: ChapterModel;

  constructor(context: TextContext, chapter: ChapterModel) {
    this.context = context;
    this.chapter = chapter;
  }

  /** The content of one Al, Kop or Li: trimmed at both ends, inner spaces folded. */
  content(inlines: readonly Inline[]): XmlNode[] {
    return trimmed(merged(this.nodes(inlines)));
  }

  private nodes(inlines: readonly Inline[]): XmlNode[] {
    return inlines.flatMap((inline): XmlNode[] => {
      switch (inline.kind) {
        case "text":
          return [inline.text.replace(/\s+/g, " ")];
        case "value":
          return [valueText(this.context, inline.attributes)];
        case "ref":
          return [this.figureRef(textAttribute(inline.attributes, "to"))];
        case "footnote-ref":
          return this.noot(inline.label);
        case "open-point": {
          const reason = textAttribute(inline.attributes, "reason");
          return [...this.nodes(inline.children), ...(reason ? [` (${t("openPoint.label").toLowerCase()}: ${reason})`] : [])];
        }
        case "link":
          return [this.link(inline.href, merged(this.nodes(inline.children)))];
        case "image":
          return [];
        default:
          return this.nodes(inline.children);
      }
    });
  }

  private figureRef(id: string | undefined): XmlElement {
    const place = id === undefined ? undefined : this.context.figures.get(id);
    const ref = el("IntRef", { ref: "" }, [t("figure.ref", { n: place?.number ?? "?" })]);
    if (id !== undefined) ref.refersTo = anchors.figure(id);
    return ref;
  }

  private link(href: string, children: XmlNode[]): XmlElement {
    const chapter = linkedChapter(this.context, href);
    if (chapter !== undefined) {
      const ref = el("IntRef", { ref: "" }, children);
      ref.refersTo = anchors.chapter(chapter);
      return ref;
    }
    return el("ExtRef", { soort: "URL", ref: new URL(href, this.context.siteUrl).href }, children);
  }

  /** A footnote where it is referred to: its number (as the page shows it) and its text. */
  private noot(label: string): XmlNode[] {
    const footnote = this.chapter.footnotes.find((candidate) => candidate.label === label);
    if (!footnote) return [];
    const number = String(footnote.footnoteNumber ?? label);
    const text = this.footnoteText(footnote);
    // The renvooi reads a footnote as one unit: its words are marked in its text when it has one paragraph.
    if (text.length === 1) text[0]!.unit = units.footnote(number);
    return [el("Noot", { id: `noot_${number}`, type: "voet" }, [el("NootNummer", {}, [number]), ...text])];
  }

  private footnoteText(footnote: FootnoteBlock): XmlElement[] {
    return [...allBlocks(footnote.children)]
      .map(({ block }) => this.content(ownInlines(block)))
      .filter((content) => content.length > 0)
      .map((content) => el("Al", {}, content));
  }
}

/** The number a <Noot> shows. */
export function noteNumber(noot: XmlElement): string {
  return textContent(noot.children.find((child) => isElement(child) && child.name === "NootNummer") ?? "");
}

/** The renvooi unit of a <Noot>'s footnote, by the number it shows. */
export function noteUnit(noot: XmlElement): string {
  return units.footnote(noteNumber(noot));
}

/** Neighbouring words as one text node, spaces folded across them. */
function merged(nodes: readonly XmlNode[]): XmlNode[] {
  const result: XmlNode[] = [];
  for (const node of nodes) {
    const previous = result.at(-1);
    if (typeof node === "string" && typeof previous === "string") result[result.length - 1] = `${previous}${node}`.replace(/\s+/g, " ");
    else result.push(node);
  }
  return result.filter((node) => node !== "");
}

/** No space at the start or end of a unit: it says nothing (the renvooi reads units so too). */
function trimmed(nodes: XmlNode[]): XmlNode[] {
  const result = [...nodes];
  const first = result[0];
  if (typeof first === "string") result[0] = first.trimStart();
  const last = result.at(-1);
  if (typeof last === "string") result[result.length - 1] = last.trimEnd();
  return result.filter((node) => node !== "");
}
