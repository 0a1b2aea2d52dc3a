// `npm run build`: check the editors' files, build the whole site (pages, search index, PDF) into a
// fresh folder and put it in place of dist/ only when everything succeeded (scripts/build-steps.ts).
// Usage: node scripts/build.mjs [project root]
//
// A JavaScript entry on purpose: our TypeScript steps are loaded with tsx's scoped tsImport, and
// Astro, Vite and Rolldown load natively; with tsx's global hooks in front of every one of their
// thousands of imports the build took a third longer. package.json starts it with a larger young
// generation for V8 (--max-semi-space-size), which spares the build many small garbage collections.
import { tsImport } from "tsx/esm/api";

const { runBuild } = await tsImport("./build-steps.ts", import.meta.url);
await runBuild(process.argv[2], async ({ root, outDir }) => {
  // Loaded only now: a build that stops on a mistake never starts Astro.
  const { build } = await import("astro");
  await build({ root, outDir });
});
