import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { readDocumentInfo } from "../lib/content/document-info.ts";
import { stopDir, stopZipName } from "../lib/stop/paths.ts";
import { chapterPageFile, chartOnPage } from "../lib/stop/site-charts.ts";
import { formatNumber } from "../lib/format.ts";
import { t } from "../i18n/t.ts";

/** Kept between builds, outside dist/: the charts drawn as PNG (src/lib/stop/png.ts). */
const pngCache = "node_modules/.cache/wzv-stop-png";

/** The renderer draws charts (Plot, linkedom, resvg): loaded when a build writes the packages, not
 * whenever Astro reads its config (`astro dev` never writes them). With require(), as
 * src/lib/pdf/load-on-use.ts explains. */
const load = createRequire(import.meta.url);
const stop = () => ({
  ...(load("../lib/stop/package.ts") as typeof import("../lib/stop/package.ts")),
  ...(load("../lib/stop/png.ts") as typeof import("../lib/stop/png.ts")),
  ...(load("../lib/stop/zip.ts") as typeof import("../lib/stop/zip.ts")),
});

/** After Astro renders: the official publication of every released edition and of the current text
 * (when its version is not released yet), each as dist/stop/<version>/ and dist/stop/<version>.zip,
 * in version order, so each later one is a wijzigingsbesluit of the one before. */
export function stopPublication(): AstroIntegration {
  let root = process.cwd();
  let site = "";
  return {
    name: "wzv:stop-publication",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site ?? "";
      },
      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        const distDir = fileURLToPath(dir);
        const current = readDocumentInfo(root);
        const { editionPackages, publishedSources, pngRenderer, zipPackage } = stop();
        const sources = publishedSources(root, current);
        const renderer = pngRenderer(path.join(root, pngCache));
        let figures = 0;
        const pages = new Map<string, string>();
        const page = (file: string) => pages.get(file) ?? pages.set(file, readFileSync(path.join(distDir, file), "utf8")).get(file)!;
        const packages = editionPackages({
          sources,
          current,
          siteUrl: site,
          chartSvg: (edition, figureId, chapterId) => chartOnPage(page(chapterPageFile(edition, chapterId)), figureId),
          draw: (svg) => (figures++, renderer.draw(svg)),
        });
        for (const stopPackage of packages) {
          const folder = path.join(distDir, stopDir, stopPackage.version);
          mkdirSync(folder, { recursive: true });
          for (const [name, bytes] of stopPackage.files) writeFileSync(path.join(folder, name), bytes);
          writeFileSync(path.join(distDir, stopDir, stopZipName(stopPackage.version)), zipPackage(stopPackage.files, stopPackage.source.info.date));
        }
        const cpu = process.cpuUsage(cpuBefore);
        logger.info(
          t("stop.built", {
            packages: sources.map((source) => `${stopDir}/${source.info.version}/`).join(", "),
            seconds: formatNumber((performance.now() - started) / 1000, 2),
            cpu: formatNumber((cpu.user + cpu.system) / 1e6, 2),
            drawn: renderer.drawn,
            figures,
          }),
        );
      },
    },
  };
}
