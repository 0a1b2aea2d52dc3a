import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { launchBrowser } from "../lib/pdf/chromium";
import { serveStatic } from "../lib/pdf/static-server";
import { printDocument } from "../lib/pdf/print";
import { pdfFacts } from "../lib/pdf/facts";
import { fillPdfSize, formatFileSize, pdfFileName } from "../lib/pdf/size";
import { documentDateText, readDocumentInfo } from "../lib/content/document-info";
import { documentPagePath } from "../lib/content/addresses";
import { formatNumber } from "../lib/format";
import { t } from "../i18n/t";

/** Set WZV_SKIP_PDF=1 for a quick build without the PDF (an editor's preview): the pages then
 * offer "Download als PDF" without a size, and the link leads nowhere. Never for publication. */
const skipVariable = "WZV_SKIP_PDF";

/** Prints the whole-document page (/document/) to dist/woonzorgvisie-assen.pdf with Debian's
 * Chromium, then writes the PDF's size into every page's "Download als PDF" link. Runs before
 * the search index is built, so the index sees the finished pages. */
export function pdfEdition(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "wzv:pdf-edition",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        if (process.env[skipVariable] === "1") {
          logger.warn(`${skipVariable}=1: de PDF wordt niet gemaakt. Gebruik dit alleen om snel te kijken, niet om te publiceren.`);
          await fillSizeInPages(distDir, undefined);
          return;
        }
        const size = await buildPdf(root, distDir, logger);
        await fillSizeInPages(distDir, size);
      },
    },
  };
}

async function buildPdf(root: string, distDir: string, logger: AstroIntegrationLogger): Promise<string> {
  const started = performance.now();
  const documentInfo = readDocumentInfo(root);
  const browser = await launchBrowser();
  const server = await serveStatic(distDir);
  try {
    const status = t(`site.status.${documentInfo.status}`);
    const subject = t("pdf.subject", { status, version: documentInfo.version, date: documentDateText(documentInfo) });
    const { pdf, pageNumbers, passes } = await printDocument({
      browser,
      url: `${server.url}${documentPagePath}`,
      facts: pdfFacts(documentInfo, { subject, chromiumVersion: browser.version(), root }),
    });
    await writeFile(path.join(distDir, pdfFileName), pdf);
    const size = formatFileSize(pdf.byteLength);
    const seconds = formatNumber((performance.now() - started) / 1000, 1);
    const headings = Object.keys(pageNumbers).length;
    logger.info(`${pdfFileName}: ${size}, ${headings} koppen in de inhoudsopgave, ${passes}× afgedrukt in ${seconds} s`);
    return size;
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

async function fillSizeInPages(distDir: string, size: string | undefined): Promise<void> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html"));
  await Promise.all(
    pages.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const html = await readFile(file, "utf8");
      const filled = fillPdfSize(html, size);
      if (filled !== html) await writeFile(file, filled);
    }),
  );
}
