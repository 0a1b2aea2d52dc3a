import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { findMistakes } from "../lib/checks/mistakes/project.ts";
import { buildStoppedReport } from "../lib/checks/mistakes/report.ts";
import { stopBuild } from "./astro-errors.ts";

/** A burst of file events (an editor saving, a copy) becomes one reload. */
const reloadDelay = 150;

/**
 * The document check before anything else: every mistake in the editors' files, each once, with
 * file, line and column (src/lib/checks/mistakes/).
 * - `astro build` (also as `npm run build`): runs first of all build steps, before Astro reads the
 *   content, and stops the build with our message as its only output.
 * - `astro dev`: a middleware runs it before every page, so the browser shows the message on
 *   Astro's error screen, pointing at the editor's file; and a change in data/ (which Astro does
 *   not watch: the pages read it themselves) reloads the open page, so the page never shows a
 *   diagnosis of files as they were. Chapters and document.json reload it through Astro itself.
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
      "astro:server:setup": ({ server }) => {
        const data = path.join(root, "data");
        let timer: NodeJS.Timeout | undefined;
        server.watcher.add(data);
        server.watcher.on("all", (_event, file) => {
          if (!file.startsWith(data + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => server.hot.send({ type: "full-reload" }), reloadDelay);
        });
      },
    },
  };
}
