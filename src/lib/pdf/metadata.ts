/** Document properties of the PDF. Chromium writes the title (from <title>) and the language
 * (from <html lang>), but no author or subject, so they are set afterwards with pdf-lib. */
import { PDFDocument } from "pdf-lib";

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. "nl". */
  language: string;
}

export async function setPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  // updateMetadata: false keeps Chromium's producer and dates instead of pdf-lib's own.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  doc.setLanguage(metadata.language);
  // No object streams: keeps the file readable by older PDF readers, as Chromium writes it.
  return doc.save({ useObjectStreams: false });
}
