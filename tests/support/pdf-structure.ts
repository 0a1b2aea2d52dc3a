// The tagged structure of a built PDF as plain objects, read with pdf-lib, so the tests can state
// PDF/UA-1 requirements as simple checks. Written apart from src/lib/pdf/ on purpose: a test that
// reads the file through the code under test would share its mistakes.
import { readFileSync } from "node:fs";
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFObject,
} from "pdf-lib";
import { pdfPath } from "./pdf.ts";

export interface TagNode {
  /** "P", "Figure", … as written (before the RoleMap). */
  type: string;
  alt?: string;
  id?: string;
  /** The A entry's attributes, merged: { Scope: "Column", Headers: ["id000001"] }. */
  attributes: Record<string, string | string[]>;
  ref: string;
  children: TagNode[];
  /** MCIDs straight in this element. */
  mcids: number[];
  /** Objects (annotations) this element refers to, as "27 0 R". */
  objects: string[];
}

export interface PdfStructure {
  doc: PDFDocument;
  root: TagNode;
  /** Every element, parents first, in document order. */
  all: TagNode[];
  roleMap: Record<string, string>;
  /** For each 1-based page: MCID → the element ("12 0 R") the ParentTree says owns it. */
  contentOwners: Map<number, Map<number, string>>;
  /** Annotation StructParent key → element ("12 0 R"). */
  objectOwners: Map<number, string>;
}

export function text(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  if (value instanceof PDFName) return value.decodeText();
  return undefined;
}

export async function loadPdf(file = pdfPath): Promise<PDFDocument> {
  return PDFDocument.load(readFileSync(file), { updateMetadata: false });
}

export async function readPdfStructure(file = pdfPath): Promise<PdfStructure> {
  const doc = await loadPdf(file);
  const { context } = doc;
  const resolve = (value: PDFObject | undefined) => (value instanceof PDFRef ? context.lookup(value) : value);
  const treeRoot = resolve(doc.catalog.get(PDFName.of("StructTreeRoot")));
  if (!(treeRoot instanceof PDFDict)) throw new Error("no StructTreeRoot");
  const all: TagNode[] = [];

  const attributesOf = (dict: PDFDict): Record<string, string | string[]> => {
    const a = resolve(dict.get(PDFName.of("A")));
    const list = a instanceof PDFArray ? a.asArray().map(resolve) : [a];
    const merged: Record<string, string | string[]> = {};
    for (const item of list) {
      if (!(item instanceof PDFDict)) continue;
      for (const [key, value] of item.entries()) {
        const resolved = resolve(value);
        merged[key.decodeText()] =
          resolved instanceof PDFArray ? resolved.asArray().map((v) => text(resolve(v)) ?? String(v)) : (text(resolved) ?? String(resolved));
      }
    }
    return merged;
  };

  const visit = (ref: PDFRef): TagNode => {
    const dict = context.lookup(ref, PDFDict);
    const node: TagNode = {
      type: text(dict.get(PDFName.of("S")))!,
      attributes: attributesOf(dict),
      ref: ref.toString(),
      children: [],
      mcids: [],
      objects: [],
    };
    const alt = text(resolve(dict.get(PDFName.of("Alt"))));
    if (alt !== undefined) node.alt = alt;
    const id = text(resolve(dict.get(PDFName.of("ID"))));
    if (id !== undefined) node.id = id;
    all.push(node);
    const k = resolve(dict.get(PDFName.of("K")));
    for (const kid of k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [dict.get(PDFName.of("K"))!]) {
      const value = resolve(kid);
      if (value instanceof PDFNumber) node.mcids.push(value.asNumber());
      else if (value instanceof PDFDict && text(value.get(PDFName.of("Type"))) === "MCR") {
        node.mcids.push(value.lookup(PDFName.of("MCID"), PDFNumber).asNumber());
      } else if (value instanceof PDFDict && text(value.get(PDFName.of("Type"))) === "OBJR") {
        node.objects.push(String(value.get(PDFName.of("Obj"))));
      } else if (kid instanceof PDFRef && value instanceof PDFDict) node.children.push(visit(kid));
    }
    return node;
  };

  const rootKids = resolve(treeRoot.get(PDFName.of("K")));
  const root: TagNode = { type: "StructTreeRoot", attributes: {}, ref: "", children: [], mcids: [], objects: [] };
  for (const kid of rootKids instanceof PDFArray ? rootKids.asArray() : [treeRoot.get(PDFName.of("K"))!]) {
    if (kid instanceof PDFRef) root.children.push(visit(kid));
  }

  const roleMap: Record<string, string> = {};
  const map = resolve(treeRoot.get(PDFName.of("RoleMap")));
  if (map instanceof PDFDict) for (const [key, value] of map.entries()) roleMap[key.decodeText()] = text(value)!;

  // The ParentTree, a number tree: page keys hold an array indexed by MCID, annotation keys one element.
  const byKey = new Map<number, PDFObject>();
  const readNumbers = (node: PDFObject | undefined) => {
    const dict = resolve(node);
    if (!(dict instanceof PDFDict)) return;
    const nums = resolve(dict.get(PDFName.of("Nums")));
    if (nums instanceof PDFArray) {
      for (let i = 0; i + 1 < nums.size(); i += 2) byKey.set((resolve(nums.get(i)) as PDFNumber).asNumber(), nums.get(i + 1));
    }
    const kids = resolve(dict.get(PDFName.of("Kids")));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) readNumbers(kid);
  };
  readNumbers(treeRoot.get(PDFName.of("ParentTree")));
  const contentOwners = new Map<number, Map<number, string>>();
  doc.getPages().forEach((page, index) => {
    const key = page.node.get(PDFName.of("StructParents"));
    const owners = key instanceof PDFNumber ? resolve(byKey.get(key.asNumber())) : undefined;
    const map = new Map<number, string>();
    if (owners instanceof PDFArray) owners.asArray().forEach((owner, mcid) => owner instanceof PDFRef && map.set(mcid, owner.toString()));
    contentOwners.set(index + 1, map);
  });
  const objectOwners = new Map<number, string>();
  for (const [key, value] of byKey) if (value instanceof PDFRef && !(resolve(value) instanceof PDFArray)) objectOwners.set(key, value.toString());

  return { doc, root, all, roleMap, contentOwners, objectOwners };
}

/** The element and all below it. */
export function flattenTags(node: TagNode): TagNode[] {
  return [node, ...node.children.flatMap(flattenTags)];
}

export function isTrue(value: PDFObject | undefined): boolean {
  return value instanceof PDFBool && value.asBoolean();
}
