import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../lib/pdf/chromium.ts";
import { serveStatic } from "../lib/pdf/static-server.ts";
import { printDocument } from "../lib/pdf/print.ts";
import { pdfFacts } from "../lib/pdf/facts.ts";
import { fillPdfSize, formatFileSize, pdfFileName } from "../lib/pdf/size.ts";
import { documentDateText, readDocumentInfo, type DocumentInfo } from "../lib/content/document-info.ts";
import { changesPdfFileName, documentPagePath, siteAddress } from "../lib/content/addresses.ts";
import { changesPdfPage, fillChangesPdfSize } from "../lib/editions/changes-pdf.ts";
import { editionBefore, listEditions, type Edition } from "../lib/editions/list.ts";
import { formatNumber } from "../lib/format.ts";
import { t } from "../i18n/t.ts";

/** Set WZV_SKIP_PDF=1 for a quick build without the PDF (an editor's preview): the pages then
 * offer "Download als PDF" without a size, and the link leads nowhere. Never for publication. */
const skipVariable = "WZV_SKIP_PDF";

/** Prints the whole-document page (/document/) to dist/woonzorgvisie-assen.pdf with Debian's
 * Chromium, and, when there is an earlier edition to compare with, the renvooi (/wijzigingen/) to
 * dist/woonzorgvisie-assen-wijzigingen.pdf; then writes their sizes into the pages' download links.
 * Both go through the same printing and PDF/UA finishing (src/lib/pdf/print.ts). Runs before the
 * search index is built, so the index sees the finished pages. */
export function pdfEdition(): AstroIntegration {
  let root = process.cwd();
  let site: string | undefined;
  return {
    name: "wzv:pdf-edition",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        if (process.env[skipVariable] === "1") {
          logger.warn(`${skipVariable}=1: de PDF wordt niet gemaakt. Gebruik dit alleen om snel te kijken, niet om te publiceren.`);
          await fillSizeInPages(distDir, {});
          return;
        }
        await fillSizeInPages(distDir, await buildPdfs(root, siteAddress(site), distDir, logger));
      },
    },
  };
}

interface PdfSizes {
  document?: string;
  changes?: string;
}

interface Printing {
  root: string;
  /** Where the PDFs' links lead: the published site, never the print server. */
  site: string;
  distDir: string;
  logger: AstroIntegrationLogger;
  browser: Browser;
  serverUrl: string;
  documentInfo: DocumentInfo;
}

async function buildPdfs(root: string, site: string, distDir: string, logger: AstroIntegrationLogger): Promise<PdfSizes> {
  const browser = await launchBrowser();
  const server = await serveStatic(distDir);
  try {
    const printing = { root, site, distDir, logger, browser, serverUrl: server.url, documentInfo: readDocumentInfo(root) };
    const document = await buildPdf(printing);
    const from = editionBefore(listEditions(root), printing.documentInfo.version);
    const changes = from ? await buildChangesPdf(printing, from) : undefined;
    return { document, ...(changes === undefined ? {} : { changes }) };
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

const secondsSince = (started: number) => formatNumber((performance.now() - started) / 1000, 1);

async function buildPdf({ root, site, distDir, logger, browser, serverUrl, documentInfo }: Printing): Promise<string> {
  const started = performance.now();
  const status = t(`site.status.${documentInfo.status}`);
  const subject = t("pdf.subject", { status, version: documentInfo.version, date: documentDateText(documentInfo) });
  const { pdf, pageNumbers, passes } = await printDocument({
    browser,
    url: `${serverUrl}${documentPagePath}`,
    site,
    facts: pdfFacts(documentInfo, { subject, chromiumVersion: browser.version(), root }),
  });
  await writeFile(path.join(distDir, pdfFileName), pdf);
  const size = formatFileSize(pdf.byteLength);
  const headings = Object.keys(pageNumbers).length;
  logger.info(`${pdfFileName}: ${size}, ${headings} koppen in de inhoudsopgave, ${passes}× afgedrukt in ${secondsSince(started)} s`);
  return size;
}

/** The renvooi, printed by the same function as the document (it has no contents page). */
async function buildChangesPdf({ root, site, distDir, logger, browser, serverUrl, documentInfo }: Printing, from: Edition): Promise<string> {
  const started = performance.now();
  const subject = t("changesPdf.subject", {
    title: documentInfo.title,
    from: from.version,
    to: documentInfo.version,
    status: t(`site.status.${documentInfo.status}`).toLowerCase(),
    date: documentDateText(documentInfo),
  });
  const title = t("changesPdf.title", { title: documentInfo.title, to: documentInfo.version, from: from.version });
  const { pdf } = await printDocument({
    browser,
    url: `${serverUrl}${changesPdfPage}`,
    site,
    facts: { ...pdfFacts(documentInfo, { subject, chromiumVersion: browser.version(), root }), title },
  });
  await writeFile(path.join(distDir, changesPdfFileName), pdf);
  const size = formatFileSize(pdf.byteLength);
  logger.info(`${changesPdfFileName}: ${size}, afgedrukt in ${secondsSince(started)} s`);
  return size;
}

async function fillSizeInPages(distDir: string, sizes: PdfSizes): Promise<void> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html"));
  await Promise.all(
    pages.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const html = await readFile(file, "utf8");
      const filled = fillChangesPdfSize(fillPdfSize(html, sizes.document), sizes.changes);
      if (filled !== html) await writeFile(file, filled);
    }),
  );
}
