// `npm test`: the type check (`astro check`) and every test (`vitest run`, arguments passed on)
// side by side. The type check takes a core for about 15 s; run first, it left the other core idle
// and kept the tests waiting, while the tests' first step (building the site) does not use both
// cores either. Vitest's output shows as it comes; the type check's when it ends (at once if it
// finds an error). Fails when either fails.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = (relative) => fileURLToPath(new URL(`../node_modules/${relative}`, import.meta.url));

function run(script, args, stdio) {
  // No usage statistics to Astro (as npm run build), from the type check either.
  const child = spawn(process.execPath, [bin(script), ...args], { stdio, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: () => output })));
}

const typeCheck = run("astro/bin/astro.mjs", ["check"], ["ignore", "pipe", "pipe"]).then((result) => {
  if (result.code !== 0) process.stderr.write(`\nastro check found errors:\n${result.output()}\n`);
  return result;
});
const tests = run("vitest/vitest.mjs", ["run", ...process.argv.slice(2)], "inherit");

const [checked, tested] = await Promise.all([typeCheck, tests]);
if (checked.code === 0) process.stdout.write(`\nastro check: ${checked.output().trim().split("\n").slice(-4).join(" ").replace(/\s+/g, " ")}\n`);
process.exit(checked.code !== 0 || tested.code !== 0 ? 1 : 0);
