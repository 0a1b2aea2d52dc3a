import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { documentInfoFile } from "../lib/content/document-info.ts";
import { chaptersDir } from "../lib/content/model/load.ts";
import { mistakesReport, studioHeading } from "../lib/checks/mistakes/notice.ts";
import { findMistakes } from "../lib/checks/mistakes/project.ts";
import { buildStoppedReport, formatMistakes } from "../lib/checks/mistakes/report.ts";
import { t } from "../i18n/t.ts";
import { stopBuild } from "./astro-errors.ts";
import { filesChangedEvent } from "../studio/addresses.ts";

/** A burst of file events (an editor saving, a copy) becomes one reload. */
const reloadDelay = 150;

/**
 * The document check before anything else: every mistake in the editors' files, each once, with
 * file, line and column (src/lib/checks/mistakes/).
 * - `astro build` (also as `npm run build`): runs first of all build steps, before Astro reads the
 *   content, and stops the build with our message as its only output.
 * - `astro dev`: a middleware runs it before every page, so the browser shows the message in place
 *   of the page (with a link into the studio); a change in data/ (which Astro does not watch: the
 *   pages read it themselves) reloads the open pages, so a page never shows a diagnosis of files as
 *   they were (chapters and document.json reload them through Astro itself); and after each change
 *   of an editor's file the terminal prints the mistakes once, and the open pages and the studio
 *   hear the new report (`wzv:files-changed`), whatever else writes into the project meanwhile.
 */
export function editorCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "wzv:controle",
    hooks: {
      "astro:config:setup": ({ command, config, addMiddleware }) => {
        root = fileURLToPath(config.root);
        if (command === "build") {
          const problems = findMistakes(root);
          if (problems.length > 0) stopBuild(buildStoppedReport(problems));
        }
        if (command === "dev") {
          addMiddleware({ entrypoint: new URL("./editor-check-middleware.ts", import.meta.url), order: "pre" });
        }
      },
      "astro:server:setup": ({ server, logger }) => {
        const data = path.join(root, "data");
        const chapters = path.join(root, chaptersDir);
        const documentInfo = path.join(root, documentInfoFile);
        let hadMistakes = false;
        /** Once per change of the files: the mistakes in the terminal (or that they are solved),
         * and the report as it is now for the browser. */
        const announce = () => {
          const problems = findMistakes(root);
          if (problems.length > 0) logger.error(formatMistakes(problems, studioHeading(problems.length)));
          else if (hadMistakes) logger.info(t("dev.mistakes.solved"));
          hadMistakes = problems.length > 0;
          server.hot.send(filesChangedEvent, { report: mistakesReport(problems) });
        };
        let dataTimer: NodeJS.Timeout | undefined;
        let editorTimer: NodeJS.Timeout | undefined;
        server.watcher.add(data);
        server.watcher.on("all", (_event, file) => {
          const inData = file.startsWith(data + path.sep);
          if (inData) {
            clearTimeout(dataTimer);
            dataTimer = setTimeout(() => server.hot.send({ type: "full-reload" }), reloadDelay);
          }
          if (inData || file.startsWith(chapters + path.sep) || file === documentInfo) {
            clearTimeout(editorTimer);
            editorTimer = setTimeout(announce, reloadDelay);
          }
        });
        announce();
      },
    },
  };
}
