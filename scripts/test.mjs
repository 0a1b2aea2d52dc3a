// `npm test`: the type check (`astro check`) and every test (`vitest run`, arguments passed on)
// side by side. The type check takes a core for about 15 s; run first, it left the other core idle
// and kept the tests waiting, while the tests' first step (building the site) does not use both
// cores either. Vitest starts once the type check has generated Astro's types and let Vite
// optimize its dependencies (node_modules/.vite, which the studio test's dev server uses too), so
// that the two never rewrite them at the same time. Vitest's output shows as it comes; the type
// check's when it ends (at once if it finds an error). Fails when either fails.
// scripts/offline.mjs first: nothing the type check or the tests start sends anything to Astro.
import "./offline.mjs";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = (relative) => fileURLToPath(new URL(`../node_modules/${relative}`, import.meta.url));

/** Runs a package's script on this Node; `onOutput` sees what it printed so far. */
function run(script, args, stdio, onOutput = () => {}) {
  const child = spawn(process.execPath, [bin(script), ...args], { stdio });
  let output = "";
  const collect = (chunk) => onOutput((output += chunk));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output })));
}

let typesReady;
const synced = new Promise((resolve) => (typesReady = resolve));
// Astro's log line once its sync step is done and the checking begins.
const typeCheck = run("astro/bin/astro.mjs", ["check"], ["ignore", "pipe", "pipe"], (output) => {
  if (output.includes("Getting diagnostics")) typesReady();
}).then((result) => {
  typesReady();
  if (result.code !== 0) process.stderr.write(`\nastro check found errors:\n${result.output}\n`);
  return result;
});
await synced;
const tests = run("vitest/vitest.mjs", ["run", ...process.argv.slice(2)], "inherit");

const [checked, tested] = await Promise.all([typeCheck, tests]);
if (checked.code === 0) process.stdout.write(`\nastro check: ${checked.output.trim().split("\n").slice(-4).join(" ").replace(/\s+/g, " ")}\n`);
process.exit(checked.code !== 0 || tested.code !== 0 ? 1 : 0);
