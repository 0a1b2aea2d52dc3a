/** The PDF's file identifier (trailer /ID, ISO 32000-1, 14.4), derived from the file's content
 * instead of a random number or the time, so the same document always gets the same id. */
import { createHash } from "node:crypto";
import { PDFHexString, type PDFContext } from "pdf-lib";

const zeros = "0".repeat(32);
const placeholder = `<${zeros}> <${zeros}>`;

/** Before saving: an /ID of zeros, filled in by `fillDocumentId` after. */
export function reserveDocumentId(context: PDFContext): void {
  context.trailerInfo.ID = context.obj([PDFHexString.of(zeros), PDFHexString.of(zeros)]);
}

/** Both halves of the /ID: the first 16 bytes of the SHA-256 of the file with the /ID still zeros. */
export function fillDocumentId(pdf: Uint8Array): Uint8Array {
  const at = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).lastIndexOf(placeholder, pdf.byteLength, "latin1");
  if (at < 0) throw new Error("De PDF heeft geen voorlopige /ID om in te vullen.");
  const id = createHash("sha256").update(pdf).digest("hex").slice(0, 32).toUpperCase();
  const filled = pdf.slice();
  filled.set(new TextEncoder().encode(`<${id}> <${id}>`), at);
  return filled;
}
