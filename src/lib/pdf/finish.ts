/**
 * The one step every printed PDF goes through after Chromium (the document, later its released
 * editions and the renvooi): document facts in the Info dictionary and as XMP metadata, the
 * catalogue entries PDF/UA-1 asks for, and a file id from the content. The same input always
 * gives the same bytes.
 */
import { PDFDict, PDFName, PDFDocument } from "pdf-lib";
import { fillDocumentId, reserveDocumentId } from "./document-id";
import type { PdfFacts } from "./facts";
import { xmpPacket } from "./xmp";

export type { PdfFacts };

const name = (key: string) => PDFName.of(key);

export async function finishPdf(printed: Uint8Array, facts: PdfFacts): Promise<Uint8Array> {
  // updateMetadata: false, or pdf-lib would write its own producer and the time of the build.
  const doc = await PDFDocument.load(printed, { updateMetadata: false });
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
