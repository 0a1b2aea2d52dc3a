import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { build } from "esbuild";

import { formatNumber } from "../lib/format.ts";
import { searchBundleDir, searchUiFile } from "../lib/search/paths.ts";
import { withWordBreaks } from "../lib/search/word-breaks.ts";

/**
 * Bundles src/lib/search/ui.ts into one ES module at a fixed URL. Astro only inlines a page
 * script that imports nothing, so the inline loader cannot import a hashed Vite chunk;
 * a fixed URL that it imports on first use keeps the first page load free of JavaScript files.
 */
async function bundleSearchUi(siteDir: string): Promise<void> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../lib/search/ui.ts", import.meta.url))],
    outfile: path.join(siteDir, searchBundleDir, searchUiFile),
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.text).join("\n"));
}

/**
 * Builds the Pagefind search index over the built site, so that `astro build` alone
 * produces a searchable site. Only elements marked `data-pagefind-body` are indexed
 * (chapters, the data page); pages without it (home, 404, search page) stay out.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "wzv:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        try {
          // Dutch stemming for every page, whatever a page's lang says, so "mantelzorger"
          // finds "mantelzorgers" and the whole site stays one index.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: "nl" });
          if (!index) throw new Error(errors.join("\n"));
          const pages = readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html")).sort();
          let indexed = 0;
          for (const sourcePath of pages) {
            const html = readFileSync(path.join(siteDir, sourcePath), "utf8");
            // Pages without it are left out by Pagefind anyway, once any page has it.
            if (!html.includes("data-pagefind-body")) continue;
            const added = await index.addHTMLFile({ sourcePath: sourcePath.split(path.sep).join("/"), content: withWordBreaks(html) });
            if (added.errors.length > 0) throw new Error(added.errors.join("\n"));
            indexed++;
          }
          if (indexed === 0) {
            throw new Error(
              "Er is geen enkele pagina geïndexeerd. Staat data-pagefind-body nog op het hoofdstuk-<article>?",
            );
          }
          const written = await index.writeFiles({ outputPath: path.join(siteDir, searchBundleDir) });
          if (written.errors.length > 0) throw new Error(written.errors.join("\n"));
          await bundleSearchUi(siteDir);
          const seconds = formatNumber((performance.now() - started) / 1000, 1);
          logger.info(`Zoekindex gemaakt in ${searchBundleDir}/ (${indexed} van de ${pages.length} HTML-pagina's doorzoekbaar) in ${seconds} s.`);
        } catch (error) {
          throw new Error(
            `De zoekindex (Pagefind) kon niet worden gemaakt: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
