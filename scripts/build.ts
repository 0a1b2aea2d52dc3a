// `npm run build`: the whole site (pages, search index, PDF) into a fresh folder next to dist/;
// dist/ is replaced only when everything succeeded, so a failed build never touches the last good
// site. Mistakes in the editors' files stop the build before Astro starts, with only our message.
// Usage: tsx scripts/build.ts [project root]; WZV_OUT=/some/dir builds there instead of dist/.
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { publicationVerdict } from "../src/lib/checks/open-points/status.ts";
import { openPointsOnDisk } from "../src/lib/checks/open-points/project.ts";
import { findMistakes } from "../src/lib/checks/mistakes/project.ts";
import { buildStoppedReport, failedBuildReport } from "../src/lib/checks/mistakes/report.ts";
import { readDocumentInfo } from "../src/lib/content/document-info.ts";
import { isEditorError } from "../src/lib/errors.ts";

const root = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL("..", import.meta.url));
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
  // Loaded only now: a build that stops on a mistake never starts Astro.
  const { build } = await import("astro");
  await build({ root, outDir: fresh });
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
