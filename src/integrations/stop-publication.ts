import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { readDocumentInfo } from "../lib/content/document-info.ts";
import { listEditions } from "../lib/editions/list.ts";
import { currentSource, editionSource } from "../lib/editions/source.ts";
import { publicationFacts } from "../lib/stop/facts.ts";
import type { StopPackage } from "../lib/stop/package.ts";
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
        const editions = listEditions(root);
        const sources = [
          ...editions.map((edition) => editionSource(root, edition.version)),
          ...(editions.some((edition) => edition.version === current.version) ? [] : [currentSource(root, current)]),
        ];
        const { editionPackage, pngRenderer, zipPackage } = stop();
        const renderer = pngRenderer(path.join(root, pngCache));
        let previous: StopPackage | undefined;
        let figures = 0;
        const pages = new Map<string, string>();
        const page = (file: string) => pages.get(file) ?? pages.set(file, readFileSync(path.join(distDir, file), "utf8")).get(file)!;
        for (const source of sources) {
          previous = editionPackage({
            source,
            info: source.info,
            facts: publicationFacts(source.info, current),
            first: sources[0]!.info,
            siteUrl: site,
            chartSvg: (figureId, chapterId) => chartOnPage(page(chapterPageFile(source.edition, chapterId)), figureId),
            draw: (svg) => (figures++, renderer.draw(svg)),
            previous,
          });
          const folder = path.join(distDir, stopDir, previous.version);
          mkdirSync(folder, { recursive: true });
          for (const [name, bytes] of previous.files) writeFileSync(path.join(folder, name), bytes);
          writeFileSync(path.join(distDir, stopDir, stopZipName(previous.version)), zipPackage(previous.files, source.info.date));
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
