/** A small XML tree and its writer. STOP text is mixed content (words with <Noot>, <IntRef> and
 * <NieuweTekst> in between), so the writer indents only elements that hold block elements alone: a
 * pretty-printer that indented mixed content would add spaces to the official text. */

export type XmlNode = XmlElement | string;

export interface XmlElement {
  name: string;
  attributes: Record<string, string | undefined>;
  children: XmlNode[];
  /** Not written: what this element stands for in the document model (see ../ids.ts). */
  anchor?: string | undefined;
  /** Not written: the renvooi unit this element's words come from (see mutation/overlay.ts). */
  unit?: string | undefined;
  /** Not written: the anchor of what an <IntRef> points at; its eId becomes `ref` (../ids.ts). */
  refersTo?: string | undefined;
}

/** An element; attributes that are undefined are left out, children that are "" dropped. */
export function el(name: string, attributes: Record<string, string | undefined> = {}, children: readonly (XmlNode | undefined | false)[] = []): XmlElement {
  return { name, attributes, children: children.filter((child): child is XmlNode => child !== undefined && child !== false && child !== "") };
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === "object";
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

function openTag(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  return `<${element.name}${attributes}`;
}

/** Elements that stand inside a sentence: where one is a child, the content is mixed. */
const inlineElements = new Set(["NieuweTekst", "VerwijderdeTekst", "Noot", "Nootref", "IntRef", "ExtRef", "i", "b", "u", "sub", "sup", "strong", "br"]);

function write(element: XmlElement, indent: string, out: string[]): void {
  if (element.children.length === 0) {
    out.push(`${openTag(element)}/>`);
    return;
  }
  if (element.children.some((child) => typeof child === "string" || inlineElements.has(child.name))) {
    out.push(`${openTag(element)}>${element.children.map(inline).join("")}</${element.name}>`);
    return;
  }
  out.push(`${openTag(element)}>`);
  for (const child of element.children as XmlElement[]) {
    out.push(`\n${indent}  `);
    write(child, `${indent}  `, out);
  }
  out.push(`\n${indent}</${element.name}>`);
}

function inline(node: XmlNode): string {
  if (typeof node === "string") return escapeText(node);
  // Inside mixed content nothing is indented: every space would be part of the text.
  if (node.children.length === 0) return `${openTag(node)}/>`;
  return `${openTag(node)}>${node.children.map(inline).join("")}</${node.name}>`;
}

/** The document as UTF-8 XML text, with declaration and a final newline. */
export function serialize(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, "", out);
  out.push("\n");
  return out.join("");
}

/** One element as written (for comparing two versions of it). */
export function serializeElement(element: XmlElement): string {
  const out: string[] = [];
  write(element, "", out);
  return out.join("");
}

/** All the words in a subtree, as written. */
export function textContent(node: XmlNode): string {
  return typeof node === "string" ? node : node.children.map(textContent).join("");
}

/** A copy of a subtree, so that marking a copy never touches the edition's own text. */
export function copyElement(element: XmlElement): XmlElement {
  return { ...element, attributes: { ...element.attributes }, children: element.children.map((child) => (typeof child === "string" ? child : copyElement(child))) };
}

/** Every element of a subtree, depth first, the root first. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) if (isElement(child)) yield* descendants(child);
}
