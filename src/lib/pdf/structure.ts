/** Repairs to the structure tree Chromium writes, so it follows PDF 1.7 (which PDF/UA-1 builds
 * on) and reads well with a screen reader. Each repair is small and says what Chromium does. */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from "pdf-lib";
import {
  descendantsOf,
  elementOf,
  kidsOf,
  readParentTree,
  repointParentTree,
  setKids,
  typeOf,
  type StructTree,
} from "./structure-tree.ts";

const name = (key: string) => PDFName.of(key);

/** The standard structure types of ISO 32000-1, 14.8.4 (PDF 1.7). */
export const pdf17StructureTypes: ReadonlySet<string> = new Set([
  "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
  "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody",
  "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
  "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot",
  "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
]);

/** Chromium writes some PDF 2.0 types (<strong> is Strong, <aside> is Aside). PDF/UA-1 wants
 * every other type mapped to its nearest PDF 1.7 type in the RoleMap (ISO 14289-1, 7.1). */
const pdf17Equivalents: Readonly<Record<string, string>> = {
  Strong: "Span",
  Em: "Span",
  Sub: "Span",
  Aside: "Div",
  DocumentFragment: "Div",
  Title: "P",
  FENote: "Note",
};

export function mapNewStructureTypes(tree: StructTree): void {
  const roleMap = tree.root.lookupMaybe(name("RoleMap"), PDFDict) ?? tree.context.obj({});
  const unknown = new Set<string>();
  for (const { dict } of tree.elements) {
    const type = typeOf(dict);
    if (pdf17StructureTypes.has(type) || roleMap.has(name(type))) continue;
    const equivalent = pdf17Equivalents[type];
    if (equivalent) roleMap.set(name(type), name(equivalent));
    else unknown.add(type);
  }
  if (unknown.size > 0) {
    throw new Error(
      `Chromium schreef structuurtypen die PDF 1.7 niet kent: ${[...unknown].join(", ")}.\n` +
        `Voeg voor elk het dichtstbijzijnde PDF 1.7-type toe aan pdf17Equivalents in src/lib/pdf/structure.ts.`,
    );
  }
  if (roleMap.keys().length > 0) tree.root.set(name("RoleMap"), roleMap);
}

/** Types that only wrap content; a Figure holding nothing else is still one picture. */
const wrappers = new Set(["NonStruct", "Span"]);

/**
 * Chromium makes every HTML <figure> a Figure with the figure's name as Alt. In PDF an Alt
 * replaces everything below it, so a screen reader would skip the caption, the source line, the
 * download link and the data table inside our figures (and a quote's <figure> has no Alt at all).
 * A Figure that groups other tagged parts becomes a Div; the chart inside it (the <svg
 * role="img">) stays a Figure with its own Alt.
 */
export function groupFiguresAsDivs(tree: StructTree): void {
  for (const element of tree.elements) {
    if (typeOf(element.dict) !== "Figure") continue;
    const groups = descendantsOf(tree, element).some(({ dict }) => !wrappers.has(typeOf(dict)));
    if (!groups) continue;
    element.dict.set(name("S"), name("Div"));
    element.dict.delete(name("Alt"));
  }
}

/**
 * A list item holds a label (Lbl) and a body (LBody) and nothing else (ISO 32000-1, 14.8.4.3.3).
 * Chromium puts the item's content straight into LI: move it into one LBody per item.
 */
export function wrapListBodies(tree: StructTree): void {
  const parents = readParentTree(tree);
  const { context } = tree;
  for (const item of tree.elements.filter(({ dict }) => typeOf(dict) === "LI")) {
    const kids = kidsOf(context, item.dict);
    const isLabel = (kid: PDFObject) => {
      const element = elementOf(context, kid);
      return element !== undefined && typeOf(element) === "Lbl";
    };
    const body = kids.filter((kid) => !isLabel(kid));
    if (body.length === 0) continue;
    const bodyDict = context.obj({ Type: "StructElem", S: "LBody", P: item.ref, K: body });
    const pg = item.dict.get(name("Pg"));
    if (pg) bodyDict.set(name("Pg"), pg);
    const bodyRef = context.register(bodyDict);
    for (const kid of body) elementOf(context, kid)?.set(name("P"), bodyRef);
    const at = kids.findIndex((kid) => !isLabel(kid));
    setKids(context, item.dict, [...kids.slice(0, at).filter(isLabel), bodyRef, ...kids.slice(at).filter(isLabel)]);
    // Content and annotations that sat directly in the LI now belong to its LBody.
    repointParentTree(parents, item.ref, bodyRef);
    tree.elements.splice(tree.elements.indexOf(item) + 1, 0, { ref: bodyRef, dict: bodyDict });
  }
}

/**
 * Chromium names table header cells after Blink's DOM node ids ("node00000233"), which depend on
 * what the renderer did before: two builds of the same page get other ids. Number them in
 * document order instead, and rewrite the IDTree and the cells' Headers that refer to them.
 */
export function renumberElementIds(tree: StructTree): void {
  const { context } = tree;
  const renamed = new Map<string, string>();
  const names: PDFObject[] = [];
  const withId = tree.elements.filter(({ dict }) => dict.has(name("ID")));
  withId.forEach(({ ref, dict }, index) => {
    const fresh = `id${String(index + 1).padStart(6, "0")}`;
    renamed.set(stringValue(dict.get(name("ID"))), fresh);
    dict.set(name("ID"), PDFString.of(fresh));
    names.push(PDFString.of(fresh), ref);
  });
  for (const { dict } of tree.elements) {
    for (const attributes of attributeDicts(dict)) {
      const headers = attributes.lookupMaybe(name("Headers"), PDFArray);
      if (!headers) continue;
      const rewritten = headers.asArray().map((header) => PDFString.of(renamed.get(stringValue(header)) ?? stringValue(header)));
      attributes.set(name("Headers"), context.obj(rewritten));
    }
  }
  const old = tree.root.get(name("IDTree"));
  if (old instanceof PDFRef) deleteTree(tree, old);
  if (names.length > 0) tree.root.set(name("IDTree"), context.register(context.obj({ Names: names })));
  else tree.root.delete(name("IDTree"));
}

/** The attribute dictionaries in an element's A entry (a dictionary, or an array of them and revision numbers). */
function attributeDicts(dict: PDFDict): PDFDict[] {
  const a = dict.get(name("A"));
  if (a === undefined) return [];
  const resolved = a instanceof PDFRef ? dict.context.lookup(a) : a;
  if (resolved instanceof PDFDict) return [resolved];
  if (!(resolved instanceof PDFArray)) return [];
  return resolved.asArray().map((item) => (item instanceof PDFRef ? dict.context.lookup(item) : item))
    .filter((item): item is PDFDict => item instanceof PDFDict);
}

function stringValue(value: PDFObject | undefined): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : String(value);
}

/** Removes a name-tree node and its kids from the file (not the values they point to). */
function deleteTree(tree: StructTree, ref: PDFRef): void {
  const node = tree.context.lookup(ref);
  const kids = node instanceof PDFDict ? node.lookupMaybe(name("Kids"), PDFArray) : undefined;
  for (const kid of kids?.asArray() ?? []) if (kid instanceof PDFRef) deleteTree(tree, kid);
  tree.context.delete(ref);
}
