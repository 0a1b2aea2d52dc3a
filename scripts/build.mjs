// `npm run build`: the whole site (pages, search index, PDF) into a fresh folder next to dist/;
// dist/ is replaced only when everything succeeded, so a failed build never touches the last good
// site. Mistakes in the editors' files and the publication rule stop the build in its first build
// steps (src/integrations/editor-check.ts, open-points.ts), before Astro reads or writes
// anything, with our message as the only output.
// Usage: node scripts/build.mjs [project root]; WZV_OUT=/some/dir builds there instead of dist/.
//
// Plain JavaScript, so that Astro, Vite and Rolldown load natively: TypeScript loaded through tsx's
// hooks would sit in front of every one of their thousands of imports (the build took a third
// longer). package.json starts it with a larger young generation for V8 (--max-semi-space-size),
// which spares the build many small garbage collections.
// First: Astro's usage statistics off (they would go to a third party, and start a git process and
// a sender on every build): the build of a municipality's document shares nothing with anyone.
import "./offline.mjs";
import { existsSync, renameSync, rmSync } from "node:fs";
import module from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nl from "../src/i18n/nl.json" with { type: "json" };

// As Astro's own command does: V8 keeps the compiled code of every module on disk for the next build.
module.enableCompileCache?.();

const root = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL("..", import.meta.url));
const out = path.resolve(root, process.env.WZV_OUT ?? "dist");

// Beside dist/ (same file system), so that the finished site moves into place with a rename.
const fresh = `${out}.nieuw-${process.pid}`;
const previous = `${out}.vorig-${process.pid}`;
rmSync(fresh, { recursive: true, force: true });
// Stopped with Ctrl+C, or by a build step that ends the process: no half-built folder stays behind.
process.once("SIGINT", () => process.exit(130));
process.once("exit", () => rmSync(fresh, { recursive: true, force: true }));

try {
  const { build } = await import("astro");
  // No `astro sync` step: it would start a Vite server of its own (about 0,8 s) only to load a content
  // config, and the project has none (the pages read the chapters through the document model and
  // import.meta.glob, the datasets from data/); `astro check` and `astro dev` still generate the types.
  await build({ root, outDir: fresh }, { sync: false });
} catch (error) {
  // An editor's error (EditorError in src/lib/errors.ts) says each mistake with its place in
  // `report`; anything else also says where in the code it happened, for a developer.
  const report = typeof error?.report === "string" ? error.report : undefined;
  if (report === undefined && error instanceof Error) {
    const frames = (error.stack ?? "").split("\n").filter((line) => line.trim().startsWith("at "));
    if (frames.length > 0) console.error(`\n${nl["build.whereInCode"]}\n${frames.join("\n")}`);
  }
  const detail = report ?? (error instanceof Error ? error.message : String(error));
  console.error(`\n${nl["build.notBuilt"]}. ${nl["build.distKept"]}\n\n${detail}`);
  process.exit(1);
}

if (existsSync(out)) renameSync(out, previous);
renameSync(fresh, out);
rmSync(previous, { recursive: true, force: true });
const shown = path.relative(process.cwd(), out);
console.log(`\n${nl["build.done"].replace("{dir}", shown === "" || shown.startsWith("..") ? out : shown)}`);
process.exit(0);
