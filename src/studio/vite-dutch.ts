// The studio in Dutch: a Vite plugin (used by astro.studio.config.mjs only) that puts our table
// (src/studio/dutch.ts) into the modules of Keystatic, Keystar UI and react-aria as the studio
// serves them to the browser. Vite pre-bundles those packages once (its dependency optimizer), so
// the plugin works inside that bundling, and stops it, naming them, when strings of the table are
// no longer in the packages' code (after an upgrade: the strings that moved).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { dutch, type Dutch } from "./dutch.ts";
import { translate } from "./translate.ts";

type PackageName = keyof Dutch;

/** The package of a browser module of the editor, e.g. …/node_modules/@keystatic/core/dist/index-3c244051.js;
 * Keystatic's builds for Node, workers and React server components never reach the browser. */
export function editorPackageOf(id: string): PackageName | undefined {
  const match = /\/node_modules\/(@keystatic\/core|@keystar\/ui|react-aria)\/dist\/([^?]+)/.exec(id);
  if (!match || !/\.m?js$/.test(match[2]!) || /\.(node|worker|react-server)\./.test(match[2]!)) return undefined;
  return match[1] as PackageName;
}

/** The strings of the table that `found` (package → source string → times) does not hold. */
export function missingStrings(found: Map<PackageName, Map<string, number>>): string[] {
  return Object.entries(dutch).flatMap(([name, table]) => {
    const seen = found.get(name as PackageName) ?? new Map();
    const keys = [...Object.keys(table.strings), ...Object.entries(table.in).flatMap(([fn, strings]) => Object.keys(strings).map((s) => `${fn}: ${s}`))];
    return keys.filter((key) => !seen.has(key)).map((key) => `${name}: "${key}"`);
  });
}

// In the plugin's name, so that Vite bundles the editor's packages anew when the table or the way it
// is applied changes (Vite keeps its bundle while the names of the plugins stay the same).
const version = createHash("sha256")
  .update(JSON.stringify(dutch))
  .update(readFileSync(new URL("./translate.ts", import.meta.url)))
  .digest("hex")
  .slice(0, 10);

export function studioInDutch(): Plugin {
  let found = new Map<PackageName, Map<string, number>>();
  const inDutch = (code: string, id: string) => {
    const name = editorPackageOf(id);
    if (!name) return null;
    const result = translate(code, dutch[name]);
    const seen = found.get(name) ?? new Map<string, number>();
    for (const [key, times] of result.found) seen.set(key, (seen.get(key) ?? 0) + times);
    found.set(name, seen);
    return { code: result.code, map: null };
  };
  const inDependencyBundle = {
    name: "wzv-studio-dutch-dependencies",
    buildStart() {
      found = new Map();
    },
    transform: inDutch,
    buildEnd() {
      // A bundle without Keystatic (Vite also pre-bundles other dependencies) proves nothing.
      if (!found.has("@keystatic/core")) return;
      const missing = missingStrings(found);
      if (missing.length > 0) {
        throw new Error(`src/studio/dutch.ts: these strings are no longer in the editor's code (after an upgrade?); find what they became and update the table:\n  ${missing.join("\n  ")}`);
      }
    },
  };
  return {
    name: `wzv-studio-dutch-${version}`,
    enforce: "pre",
    config: () => ({ optimizeDeps: { rolldownOptions: { plugins: [inDependencyBundle] } } }),
    // For a module Vite serves without pre-bundling it.
    transform: inDutch,
  };
}
