/** Reading and changing a tagged PDF's structure tree (ISO 32000-1, 14.7) with pdf-lib. */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFContext, type PDFDocument, type PDFObject } from "pdf-lib";

export interface StructElement {
  ref: PDFRef;
  dict: PDFDict;
}

export interface StructTree {
  context: PDFContext;
  root: PDFDict;
  /** Every structure element, parents before their kids, in document order. */
  elements: StructElement[];
}

const name = (key: string) => PDFName.of(key);

export function readStructTree(doc: PDFDocument): StructTree {
  const context = doc.context;
  const root = doc.catalog.lookupMaybe(name("StructTreeRoot"), PDFDict);
  if (!root) throw new Error("De PDF heeft geen structuurboom: is hij met tagged: true afgedrukt?");
  const elements: StructElement[] = [];
  const visit = (kid: PDFObject) => {
    if (!(kid instanceof PDFRef)) return;
    const dict = context.lookup(kid);
    if (!(dict instanceof PDFDict) || !dict.has(name("S"))) return;
    elements.push({ ref: kid, dict });
    for (const grandchild of kidsOf(context, dict)) visit(grandchild);
  };
  for (const kid of kidsOf(context, root)) visit(kid);
  return { context, root, elements };
}

/** The K entry as a list: element refs, MCIDs (numbers), marked-content and object references. */
export function kidsOf(context: PDFContext, dict: PDFDict): PDFObject[] {
  const k = dict.get(name("K"));
  if (k === undefined) return [];
  const resolved = k instanceof PDFRef ? context.lookup(k) : k;
  return resolved instanceof PDFArray ? resolved.asArray() : [k];
}

export function setKids(context: PDFContext, dict: PDFDict, kids: readonly PDFObject[]): void {
  dict.set(name("K"), context.obj([...kids]));
}

/** "P", "Figure", "LI": the element's type without the slash. */
export function typeOf(dict: PDFDict): string {
  return dict.lookup(name("S"), PDFName).decodeText();
}

/** The structure element a kid refers to, or undefined for content (MCIDs, MCR, OBJR). */
export function elementOf(context: PDFContext, kid: PDFObject): PDFDict | undefined {
  if (!(kid instanceof PDFRef)) return undefined;
  const dict = context.lookup(kid);
  return dict instanceof PDFDict && dict.has(name("S")) ? dict : undefined;
}

/** The elements below `element` (not itself), in document order. */
export function descendantsOf(tree: StructTree, element: StructElement): StructElement[] {
  const found: StructElement[] = [];
  const visit = (dict: PDFDict) => {
    for (const kid of kidsOf(tree.context, dict)) {
      const child = elementOf(tree.context, kid);
      if (child) {
        found.push({ ref: kid as PDFRef, dict: child });
        visit(child);
      }
    }
  };
  visit(element.dict);
  return found;
}

/** One entry of a number tree (ISO 32000-1, 7.9.7): its key, and where its value is stored. */
export interface NumberTreeEntry {
  key: number;
  /** The Nums array that holds the value, at `index`. */
  nums: PDFArray;
  index: number;
}

export function readNumberTree(node: PDFDict): NumberTreeEntry[] {
  const entries: NumberTreeEntry[] = [];
  const nums = node.lookupMaybe(name("Nums"), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    entries.push({ key: nums.lookup(i, PDFNumber).asNumber(), nums, index: i + 1 });
  }
  const kids = node.lookupMaybe(name("Kids"), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) entries.push(...readNumberTree(kids.lookup(i, PDFDict)));
  return entries;
}

/** The ParentTree: which structure element each piece of page content and each annotation
 * belongs to. A page's entry (its StructParents key) is an array of elements indexed by MCID;
 * an annotation's entry (its StructParent key) is one element. */
export interface ParentTree {
  pages: Map<number, PDFArray>;
  objects: Map<number, { nums: PDFArray; index: number }>;
}

export function readParentTree(tree: StructTree): ParentTree {
  const node = tree.root.lookupMaybe(name("ParentTree"), PDFDict);
  const pages = new Map<number, PDFArray>();
  const objects = new Map<number, { nums: PDFArray; index: number }>();
  for (const entry of node ? readNumberTree(node) : []) {
    const value = entry.nums.get(entry.index);
    const resolved = value instanceof PDFRef ? tree.context.lookup(value) : value;
    if (resolved instanceof PDFArray) pages.set(entry.key, resolved);
    else objects.set(entry.key, entry);
  }
  return { pages, objects };
}

/** The element that owns MCID `mcid` of the page with StructParents `key`. */
export function ownerOfContent(parents: ParentTree, key: number, mcid: number): PDFRef | undefined {
  const owner = parents.pages.get(key)?.get(mcid);
  return owner instanceof PDFRef ? owner : undefined;
}

/** Points every ParentTree entry that names `from` at `to` (after content moved to a new element). */
export function repointParentTree(parents: ParentTree, from: PDFRef, to: PDFRef): void {
  for (const array of parents.pages.values()) {
    for (let i = 0; i < array.size(); i++) if (array.get(i) === from) array.set(i, to);
  }
  for (const { nums, index } of parents.objects.values()) if (nums.get(index) === from) nums.set(index, to);
}
