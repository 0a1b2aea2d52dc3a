// How long `npm run dev` takes to show an edit: changes a chapter (MDX) and a dataset (CSV) in a
// temporary copy of the project, and times until the open page in Chromium shows the new text.
// Run: npm run bench:dev-preview   (not part of npm test; prints the medians for the editor guide)
import "../../scripts/offline.mjs";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { projectRoot } from "../support/paths.ts";
import { makeTempProject } from "../support/temp-project.ts";

const runs = Number(process.env.RUNS ?? 5);
const port = Number(process.env.PORT ?? 4391);
const base = `http://127.0.0.1:${port}`;

interface Edit {
  name: string;
  page: string;
  file: string;
  /** Returns the changed file text, with `marker` visible on the page afterwards. */
  change(text: string, marker: string): string;
  marker(run: number): string;
}

const edits: Edit[] = [
  {
    name: "hoofdstuk (MDX)",
    page: "/huis/",
    file: "src/content/chapters/huis.mdx",
    change: (text, marker) => text.replace(/De meeste Assenaren zijn tevreden[^\n]*/, `De meeste Assenaren zijn tevreden ${marker}.`),
    marker: (run) => `proefzin${run}x${Date.now() % 100000}`,
  },
  {
    // The editors' page shows the growth check, which reads zorgvraag-drenthe.csv from data/.
    name: "dataset (CSV)",
    page: "/redactie/",
    file: "data/zorgvraag-drenthe.csv",
    change: (text, marker) => text.replace(/^2040;[^;\n]*/m, `2040;${marker}`),
    marker: (run) => `${10001 + run}`,
  },
];

const shown = (marker: string, edit: Edit) => (edit.file.endsWith(".csv") ? Number(marker).toLocaleString("nl-NL") : marker);

async function waitForServer(timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer on ${base} within ${timeoutMs} ms`);
}

async function timeEdit(page: Page, file: string, edit: Edit, run: number): Promise<number> {
  const marker = edit.marker(run);
  const original = readFileSync(file, "utf8");
  const changed = edit.change(original, marker);
  if (changed === original) throw new Error(`The edit for ${edit.name} changed nothing; update the bench.`);
  const expected = shown(marker, edit);
  const start = performance.now();
  writeFileSync(file, changed);
  await page.waitForFunction((text) => document.body?.innerText.includes(text), expected, { timeout: 30_000, polling: 20 });
  return performance.now() - start;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const project = makeTempProject();
const astro = path.join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");
const server = spawn(process.execPath, [astro, "dev", "--root", project.root, "--host", "127.0.0.1", "--port", String(port)], {
  cwd: project.root,
  env: { ...process.env, NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "pipe", "pipe"],
});
let log = "";
server.stdout.on("data", (chunk) => (log += chunk));
server.stderr.on("data", (chunk) => (log += chunk));
const browser = await launchBrowser();
try {
  await waitForServer();
  for (const edit of edits) {
    const page = await browser.newPage();
    await page.goto(`${base}${edit.page}`);
    // Let Vite's client connect before the first edit.
    await page.waitForTimeout(1500);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      times.push(await timeEdit(page, project.file(edit.file), edit, run));
      await page.waitForTimeout(500);
    }
    console.log(
      `${edit.name}: mediaan ${Math.round(median(times))} ms over ${runs} keer (${times.map((t) => Math.round(t)).join(", ")} ms)`,
    );
    await page.close();
  }
} catch (error) {
  console.error(log.slice(-3000));
  throw error;
} finally {
  await browser.close();
  server.kill();
  project.remove();
}
