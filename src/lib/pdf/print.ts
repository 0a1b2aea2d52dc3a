/** Prints the whole-document page to PDF with Chromium, with a table of contents whose page
 * numbers are true (see toc.ts), finished for PDF/UA-1 (see finish.ts). */
import type { Browser, Page } from "playwright-core";
import { destinationPages, samePageNumbers, type PageNumbers } from "./toc.ts";
import { finishPdf, type PdfFacts } from "./finish.ts";
import { tocPageAttribute } from "./contract.ts";

export interface PrintRequest {
  browser: Browser;
  /** Address of the page to print on the temporary print server, e.g. http://127.0.0.1:4321/document/ */
  url: string;
  /** The site's public address (siteAddress in src/lib/content/addresses.ts), where the PDF's links lead. */
  site: string;
  facts: PdfFacts;
}

export interface PrintedPdf {
  pdf: Uint8Array;
  /** Page number of each heading in the table of contents, by id. */
  pageNumbers: PageNumbers;
  /** How often the document was printed before its page numbers held still. */
  passes: number;
}

/** Printing with the numbers filled in can move headings (a number wider than its placeholder);
 * after this many passes without settling, the build stops instead of printing a wrong contents page. */
const maxPasses = 4;

export async function printDocument({ browser, url, site, facts }: PrintRequest): Promise<PrintedPdf> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`De documentpagina ${url} gaf ${response?.status() ?? "geen antwoord"}.`);
    await page.evaluate(() => document.fonts.ready);
    await pointLinksAtSite(page, site);
    const ids = await page.$$eval(
      `[${tocPageAttribute}]`,
      (elements, attribute) => elements.map((element) => element.getAttribute(attribute) ?? ""),
      tocPageAttribute,
    );
    // Two digits hold the place of a number until the first print tells the real ones.
    let numbers: PageNumbers = Object.fromEntries(ids.map((id) => [id, 88]));
    for (let pass = 1; pass <= maxPasses; pass++) {
      await writePageNumbers(page, numbers);
      const pdf = await printPage(page);
      const found = await destinationPages(pdf, ids);
      if (samePageNumbers(found, numbers)) {
        return { pdf: await finishPdf(pdf, facts), pageNumbers: found, passes: pass };
      }
      numbers = found;
    }
    throw new Error(`De paginanummers in de inhoudsopgave blijven verschuiven na ${maxPasses} keer afdrukken.`);
  } finally {
    await page.close();
  }
}

/** The page is served for printing by a server on 127.0.0.1 that is gone after the build, on
 * another port each time: a link to any page of it leads, in the PDF, to that page on the
 * published site. A link to a place on the printed page itself stays a link within the PDF. */
async function pointLinksAtSite(page: Page, site: string): Promise<void> {
  await page.$$eval(
    "a[href]",
    (links, siteAddress) => {
      for (const link of links as HTMLAnchorElement[]) {
        const url = new URL(link.href);
        if (url.origin !== location.origin) continue;
        const here = url.pathname === location.pathname && url.search === location.search;
        link.setAttribute("href", here && url.hash ? url.hash : `${siteAddress}${url.pathname}${url.search}${url.hash}`);
      }
    },
    site,
  );
}

async function writePageNumbers(page: Page, numbers: PageNumbers): Promise<void> {
  await page.$$eval(
    `[${tocPageAttribute}]`,
    (elements, { byId, attribute }) => {
      for (const element of elements) element.textContent = String(byId[element.getAttribute(attribute) ?? ""] ?? "");
    },
    { byId: numbers, attribute: tocPageAttribute },
  );
}

async function printPage(page: Page): Promise<Uint8Array> {
  const buffer = await page.pdf({
    format: "A4",
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
  });
  return new Uint8Array(buffer);
}
