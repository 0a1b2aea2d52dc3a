/** Page numbers for the printed table of contents. Chromium cannot print target-counter(), so
 * the document is printed, the page of each heading is read back from the PDF's named
 * destinations (Chromium makes one for every element a link points to), written in, and printed again. */
import { pdfjs } from "./load-on-use.ts";

export type PageNumbers = Record<string, number>;

/** The 1-based page on which each of `ids` lands, read from the PDF's named destinations. */
export async function destinationPages(pdf: Uint8Array, ids: readonly string[]): Promise<PageNumbers> {
  // pdfjs may take over (detach) the buffer it is given: hand it a copy.
  const doc = await pdfjs().getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  try {
    const destinations = (await doc.getDestinations()) as Record<string, unknown[] | undefined>;
    const pages: PageNumbers = {};
    const missing: string[] = [];
    for (const id of ids) {
      const ref = destinations[id]?.[0];
      if (ref === undefined || ref === null || typeof ref !== "object") {
        missing.push(id);
        continue;
      }
      pages[id] = (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
    }
    if (missing.length > 0) {
      throw new Error(
        `De PDF heeft geen bestemming voor deze koppen uit de inhoudsopgave: ${missing.join(", ")}.\n` +
          `Elke kop in de inhoudsopgave moet in het document staan met dezelfde id.`,
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

export function samePageNumbers(a: PageNumbers, b: PageNumbers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
