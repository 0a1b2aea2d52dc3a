// The steps of `npm run build` (started by scripts/build.mjs): the whole site (pages, search index,
// PDF) into a fresh folder next to dist/; dist/ is replaced only when everything succeeded, so a
// failed build never touches the last good site. Mistakes in the editors' files stop the build
// before Astro starts, with only our message. WZV_OUT=/some/dir builds there instead of dist/.
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { publicationVerdict } from "../src/lib/checks/open-points/status.ts";
import { openPointsOnDisk } from "../src/lib/checks/open-points/project.ts";
import { findMistakes } from "../src/lib/checks/mistakes/project.ts";
import { buildStoppedReport, failedBuildReport } from "../src/lib/checks/mistakes/report.ts";
import { readDocumentInfo } from "../src/lib/content/document-info.ts";
import { isEditorError } from "../src/lib/errors.ts";

/** Astro's own build, loaded natively by scripts/build.mjs (not through tsx). */
export type AstroBuild = (options: { root: string; outDir: string }) => Promise<void>;

export async function runBuild(rootArgument: string | undefined, astroBuild: AstroBuild): Promise<never> {
const root = rootArgument ? path.resolve(rootArgument) : fileURLToPath(new URL("..", import.meta.url));
const out = path.resolve(root, process.env.WZV_OUT ?? "dist");

function stop(report: string): never {
  console.error(`\n${report}`);
  process.exit(1);
}

const problems = findMistakes(root);
if (problems.length > 0) stop(buildStoppedReport(problems));
const verdict = publicationVerdict(readDocumentInfo(root).status, openPointsOnDisk(root));
if (verdict.action === "refuse") stop(failedBuildReport(verdict.message));

// Beside dist/ (same file system), so that the finished site moves into place with a rename.
const fresh = `${out}.nieuw-${process.pid}`;
const previous = `${out}.vorig-${process.pid}`;
rmSync(fresh, { recursive: true, force: true });
// Stopped with Ctrl+C: no half-built folder stays behind.
process.once("SIGINT", () => {
  rmSync(fresh, { recursive: true, force: true });
  process.exit(130);
});
try {
  await astroBuild({ root, outDir: fresh });
} catch (error) {
  rmSync(fresh, { recursive: true, force: true });
  // Not an editor's mistake: where in the code it happened, for a developer, before the message.
  const frames = error instanceof Error && !isEditorError(error) ? (error.stack ?? "").split("\n").filter((line) => line.trim().startsWith("at ")) : [];
  if (frames.length > 0) console.error(`\nVoor ontwikkelaars, waar het misging:\n${frames.join("\n")}`);
  stop(failedBuildReport(error));
}
if (existsSync(out)) renameSync(out, previous);
renameSync(fresh, out);
rmSync(previous, { recursive: true, force: true });
const shown = path.relative(process.cwd(), out);
console.log(`\nDe site staat in ${shown === "" || shown.startsWith("..") ? out : shown}/.`);
process.exit(0);
}
