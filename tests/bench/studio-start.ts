/**
 * How quickly the studio is usable (part of `npm run bench`; alone: `npm run bench -- --studio-only`):
 * from `npm run studio` (scripts/studio.mjs) to the list of chapters in Chromium, the first time in
 * a fresh copy of the project (cold: nothing prepared by Vite yet) and again after a restart (warm),
 * and from a click on "Het huis" to its text in the editor. CPU time is user + system time of the
 * studio's processes until the list is usable; the machine's load average is printed with it, since
 * other builds on a shared machine stretch the wall time far more than the CPU time.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { withoutVitest } from "../support/env.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";

interface StudioStart {
  /** Seconds from the command to the chapter list, in the browser. */
  list: number;
  /** CPU seconds of the studio's processes until then. */
  cpu: number;
  /** Seconds from a click on a chapter to its text in the editor. */
  chapter: number;
  load: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const ticksPerSecond = 100;

/** User + system CPU seconds of a process and all its descendants, from /proc (Linux). */
function treeCpu(root: number): number {
  const stats = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
        return [{ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }];
      } catch {
        return [];
      }
    });
  const inTree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) if (!inTree.has(stat.pid) && inTree.has(stat.ppid)) (inTree.add(stat.pid), (grew = true));
  }
  return stats.filter((stat) => inTree.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0) / ticksPerSecond;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

async function startOnce(project: TempProject, browser: Browser): Promise<StudioStart> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [project.file("scripts/studio.mjs"), "--port", String(port), "--host", "127.0.0.1"], {
    cwd: project.root,
    env: { ...withoutVitest(), NODE_ENV: "development", ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`De studio stopte:\n${output}`);
      if (performance.now() - started > 180_000) throw new Error(`De studio antwoordde niet binnen 180 s:\n${output}`);
      try {
        if ((await page.goto(`${url}/keystatic/collection/chapters`, { timeout: 10_000 }))?.ok()) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await page.getByRole("row", { name: /De overheid en organisaties/ }).waitFor({ timeout: 180_000 });
    const list = (performance.now() - started) / 1000;
    const cpu = treeCpu(child.pid!);
    const load = loadavg()[0]!;
    const clicked = performance.now();
    await page.getByRole("row", { name: /Het huis/ }).click();
    await page.locator(".ProseMirror p", { hasText: "De meeste Assenaren zijn tevreden" }).waitFor({ timeout: 120_000 });
    const chapter = (performance.now() - clicked) / 1000;
    return { list, cpu, chapter, load };
  } finally {
    await context.close();
    await stop(child);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const fixed = (value: number) => value.toFixed(1).replace(".", ",");

/** `runs` fresh copies, each started cold and then warm; prints the medians as a table. */
export async function benchStudioStart(runs: number): Promise<void> {
  const browser = await launchBrowser();
  const cold: StudioStart[] = [];
  const warm: StudioStart[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const project = makeTempProject({ insideProject: true });
      try {
        console.error(`Studio ${run}/${runs}: koud …`);
        cold.push(await startOnce(project, browser));
        console.error(`Studio ${run}/${runs}: warm …`);
        warm.push(await startOnce(project, browser));
      } finally {
        project.remove();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\nDe studio starten (npm run studio), mediaan van ${runs} keer:\n`);
  console.log("| Start | Tot de lijst met hoofdstukken (s) | CPU-tijd tot dan (s) | Het huis openen (s) | Belasting (load average) |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [label, starts] of [
    ["koud (verse kopie)", cold],
    ["warm (opnieuw gestart)", warm],
  ] as const) {
    console.log(`| ${label} | ${fixed(median(starts.map((s) => s.list)))} | ${fixed(median(starts.map((s) => s.cpu)))} | ${fixed(median(starts.map((s) => s.chapter)))} | ${fixed(median(starts.map((s) => s.load)))} |`);
  }
}
