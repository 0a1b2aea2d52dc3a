/** Link annotations with a description (Contents), which PDF/UA-1 requires (ISO 14289-1, 7.18.5)
 * and Chromium does not write. The description is the link's own text as printed, read back from
 * the PDF: the text of the marked content that belongs to the Link element. */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from "pdf-lib";
import { pdfjs } from "./load-on-use.ts";
import { descendantsOf, kidsOf, readParentTree, typeOf, type StructTree } from "./structure-tree.ts";

const name = (key: string) => PDFName.of(key);

/** "3:12" → the text drawn in marked content MCID 12 on the fourth page. */
export type MarkedContentTexts = Map<string, string>;

export async function readMarkedContentTexts(pdf: Uint8Array): Promise<MarkedContentTexts> {
  // pdfjs may take over (detach) the buffer it is given: hand it a copy.
  const doc = await pdfjs().getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const texts: MarkedContentTexts = new Map();
  try {
    for (let pageIndex = 0; pageIndex < doc.numPages; pageIndex++) {
      const page = await doc.getPage(pageIndex + 1);
      const { items } = await page.getTextContent({ includeMarkedContent: true });
      const open: (number | undefined)[] = [];
      for (const item of items) {
        if ("type" in item) {
          if (item.type === "endMarkedContent") open.pop();
          else open.push(item.type === "beginMarkedContentProps" ? mcidOf(item.id) : undefined);
          continue;
        }
        const mcid = open.findLast((id) => id !== undefined);
        if (mcid === undefined) continue;
        const key = `${pageIndex}:${mcid}`;
        texts.set(key, `${texts.get(key) ?? ""}${item.str}${item.hasEOL ? " " : ""}`);
      }
    }
    return texts;
  } finally {
    await doc.destroy();
  }
}

/** pdfjs names marked content "p25R_mc3": page object 25, MCID 3. */
function mcidOf(id: string | null | undefined): number | undefined {
  const match = /_mc(\d+)$/.exec(id ?? "");
  return match ? Number(match[1]) : undefined;
}

export function describeLinks(doc: PDFDocument, tree: StructTree, texts: MarkedContentTexts): void {
  const parents = readParentTree(tree);
  const pages = doc.getPages();
  // Which MCIDs on which pages each element owns, in page order.
  const content = new Map<PDFRef, [page: number, mcid: number][]>();
  pages.forEach((page, pageIndex) => {
    const key = page.node.get(name("StructParents"));
    if (!(key instanceof PDFNumber)) return;
    parents.pages.get(key.asNumber())?.asArray().forEach((owner, mcid) => {
      if (!(owner instanceof PDFRef)) return;
      content.set(owner, [...(content.get(owner) ?? []), [pageIndex, mcid]]);
    });
  });
  const pageOf = (ref: PDFObject | undefined) => pages.findIndex((page) => page.ref === ref) + 1;

  for (const link of tree.elements.filter(({ dict }) => typeOf(dict) === "Link")) {
    const parts = [link, ...descendantsOf(tree, link)]
      .flatMap(({ ref }) => content.get(ref) ?? [])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const text = parts.map(([page, mcid]) => texts.get(`${page}:${mcid}`) ?? "").join("").replace(/\s+/g, " ").trim();
    for (const kid of kidsOf(tree.context, link.dict)) {
      const objr = kid instanceof PDFRef ? tree.context.lookup(kid) : kid;
      if (!(objr instanceof PDFDict) || objr.get(name("Type")) !== name("OBJR")) continue;
      const annotation = objr.lookupMaybe(name("Obj"), PDFDict);
      if (annotation?.get(name("Subtype")) !== name("Link")) continue;
      const target = linkTarget(doc, annotation, pageOf);
      annotation.set(name("Contents"), PDFHexString.fromText(describe(text, target)));
    }
  }
}

/** The link's text; where that says nothing by itself (a footnote's "1"), also where it leads. */
function describe(text: string, target: string | undefined): string {
  if (/\p{L}/u.test(text) || target === undefined) return text;
  return text ? `${text}, ${target}` : target;
}

/** "naar pagina 12" for a link within the document, the address for a link to the web. */
function linkTarget(doc: PDFDocument, annotation: PDFDict, pageOf: (ref: PDFObject | undefined) => number): string | undefined {
  const action = annotation.lookupMaybe(name("A"), PDFDict);
  const uri = action?.lookupMaybe(name("URI"), PDFString, PDFHexString);
  if (uri) return uri.decodeText();
  let dest = annotation.get(name("Dest"));
  if (dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString) {
    const key = dest instanceof PDFName ? dest : name(dest.decodeText());
    const named = doc.catalog.lookupMaybe(name("Dests"), PDFDict)?.get(key);
    const resolved = named instanceof PDFRef ? doc.context.lookup(named) : named;
    dest = resolved instanceof PDFDict ? resolved.get(name("D")) : resolved;
  }
  const explicit = dest instanceof PDFRef ? doc.context.lookup(dest) : dest;
  const page = explicit instanceof PDFArray ? pageOf(explicit.get(0)) : 0;
  return page > 0 ? `naar pagina ${page}` : undefined;
}
