/**
 * The one step every printed PDF goes through after Chromium (the document, later its released
 * editions and the renvooi): document facts in the Info dictionary and as XMP metadata, the
 * catalogue entries PDF/UA-1 asks for, repairs to Chromium's structure tree, link descriptions,
 * artifacts for untagged content, and a file id from the content. The same input always gives the
 * same bytes. docs/pdf-toegankelijkheid.md lists what is checked and what is not.
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, PDFDocument, type PDFPage } from "pdf-lib";
import { markUntaggedContent } from "./artifacts.ts";
import { fillDocumentId, reserveDocumentId } from "./document-id.ts";
import type { PdfFacts } from "./facts.ts";
import { describeLinks, readMarkedContentTexts } from "./link-descriptions.ts";
import { groupFiguresAsDivs, mapNewStructureTypes, renumberElementIds, wrapListBodies } from "./structure.ts";
import { readStructTree } from "./structure-tree.ts";
import { xmpPacket } from "./xmp.ts";

export type { PdfFacts };

const name = (key: string) => PDFName.of(key);

export async function finishPdf(printed: Uint8Array, facts: PdfFacts): Promise<Uint8Array> {
  // Read the text before anything moves: the link descriptions are the links' printed text.
  const texts = await readMarkedContentTexts(printed);
  // updateMetadata: false, or pdf-lib would write its own producer and the time of the build.
  const doc = await PDFDocument.load(printed, { updateMetadata: false });

  const tree = readStructTree(doc);
  mapNewStructureTypes(tree);
  groupFiguresAsDivs(tree);
  wrapListBodies(tree);
  renumberElementIds(tree);
  describeLinks(doc, tree, texts);

  for (const page of doc.getPages()) {
    markPageArtifacts(doc, page);
    // Annotations in the order of the structure tree (ISO 14289-1, 7.18.3).
    if ((page.node.Annots()?.size() ?? 0) > 0) page.node.set(name("Tabs"), name("S"));
  }
  writeFacts(doc, facts);
  reserveDocumentId(doc.context);
  // No object streams: keeps the file readable by older PDF readers, as Chromium writes it.
  return fillDocumentId(await doc.save({ useObjectStreams: false }));
}

function writeFacts(doc: PDFDocument, facts: PdfFacts): void {
  // showInWindowTitleBar sets ViewerPreferences DisplayDocTitle (ISO 14289-1, 7.1).
  doc.setTitle(facts.title, { showInWindowTitleBar: true });
  doc.setAuthor(facts.author);
  doc.setSubject(facts.subject);
  doc.setCreator(facts.creator);
  doc.setProducer(facts.producer);
  doc.setCreationDate(facts.date);
  doc.setModificationDate(facts.date);
  doc.setLanguage(facts.language);
  const { catalog, context } = doc;
  const markInfo = catalog.lookupMaybe(name("MarkInfo"), PDFDict) ?? context.obj({});
  markInfo.set(name("Marked"), context.obj(true));
  markInfo.delete(name("Suspects"));
  catalog.set(name("MarkInfo"), markInfo);
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(facts)), { Type: "Metadata", Subtype: "XML" });
  catalog.set(name("Metadata"), context.register(xmp));
}

/** Replaces the page's content with one stream in which untagged content is an artifact. */
function markPageArtifacts(doc: PDFDocument, page: PDFPage): void {
  const { context } = doc;
  const contents = page.node.get(name("Contents"));
  const refs = contents instanceof PDFRef ? [contents] : [];
  const resolved = contents instanceof PDFRef ? context.lookup(contents) : contents;
  const streams = resolved instanceof PDFArray ? resolved.asArray() : [contents];
  if (resolved instanceof PDFArray) refs.push(...resolved.asArray().filter((item) => item instanceof PDFRef));
  const parts = streams.map((item) => {
    const stream = item instanceof PDFRef ? context.lookup(item) : item;
    if (!(stream instanceof PDFStream)) throw new Error("Een pagina van de PDF heeft inhoud die geen stream is.");
    return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  });
  const joined = parts.length === 1 ? parts[0]! : concat(parts);
  page.node.set(name("Contents"), context.register(context.flateStream(markUntaggedContent(joined))));
  for (const ref of refs) context.delete(ref);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    out[offset + part.length] = 0x0a; // a stream may end inside a token's whitespace, never inside a token
    offset += part.length + 1;
  }
  return out;
}
