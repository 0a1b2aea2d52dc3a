/** The PDF's name and how its size is written into the built pages. */
import { formatNumber } from "../format.ts";

export { pdfFileName } from "../content/addresses.ts";

/** Stands in the built HTML until the PDF exists; the PDF integration replaces it. */
export const pdfSizePlaceholder = "%%PDF-GROOTTE%%";

/** 312_345 bytes -> "313 kB" (kilobyte = 1000 bytes, as a file manager shows it), Dutch digit grouping. */
export function formatFileSize(bytes: number): string {
  const kilobytes = Math.max(1, Math.ceil(bytes / 1000));
  return `${formatNumber(kilobytes)} kB`;
}

/** Puts the size into a built page; `undefined` (no PDF made) drops the "(…)" after the link text. */
export function fillPdfSize(html: string, size: string | undefined): string {
  return size === undefined
    ? html.replaceAll(` (${pdfSizePlaceholder})`, "").replaceAll(pdfSizePlaceholder, "")
    : html.replaceAll(pdfSizePlaceholder, size);
}
