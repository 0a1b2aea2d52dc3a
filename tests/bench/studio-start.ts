/**
 * How quickly the studio is usable (part of `npm run bench`; alone: `npm run bench -- --studio-only`):
 * from `npm run studio` (scripts/studio.mjs) to the list of chapters in Chromium, the first time in
 * a fresh copy of the project (cold: nothing prepared by Vite yet), again after a restart (warm), and
 * after `npm run dev` ran in the same folder in between (as the guide once advised beside the studio),
 * and from a click on "Het huis" to its text in the editor. CPU time is user + system time of the
 * studio's processes until the list is usable; the machine's load average is printed with it, since
 * other builds on a shared machine stretch the wall time far more than the CPU time.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { withoutVitest } from "../support/env.ts";
import { makeTempProject } from "../support/temp-project.ts";
import { freePort } from "../support/free-port.ts";

interface StudioStart {
  /** Seconds from the command to the chapter list, in the browser. */
  list: number;
  /** CPU seconds of the studio's processes until then. */
  cpu: number;
  /** Seconds from a click on a chapter to its text in the editor. */
  chapter: number;
  load: number;
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

/** The project's own `npm run studio` as a process to start, without npm in between:
 * "node scripts/studio.mjs" (now) or "astro dev --config astro.studio.config.mjs" (before). */
function studioCommand(root: string): string[] {
  const script = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: { studio: string } }).scripts.studio;
  const [program, ...args] = script.trim().split(/\s+/);
  if (program === "astro") return [process.execPath, path.join(root, "node_modules", "astro", "bin", "astro.mjs"), ...args];
  if (program === "node") return [process.execPath, ...args.map((arg) => (arg.endsWith(".mjs") ? path.join(root, arg) : arg))];
  throw new Error(`Onbekend studiocommando in ${root}/package.json: ${script}`);
}

/** `npm run dev` (the site without the studio) in the folder, until it has served the home page. */
async function runSiteDevServer(root: string): Promise<void> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, "node_modules", "astro", "bin", "astro.mjs"), "dev", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: root,
    env: { ...withoutVitest(), NODE_ENV: "development", ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  try {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        // not yet
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    // Its browser side too: Vite prepares the page's dependencies when a browser asks for them.
    await fetch(`http://127.0.0.1:${port}/@vite/client`).catch(() => undefined);
  } finally {
    await stop(child);
  }
}

async function startOnce(root: string, browser: Browser): Promise<StudioStart> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const [program, ...args] = studioCommand(root);
  const child = spawn(program!, [...args, "--port", String(port), "--host", "127.0.0.1"], {
    cwd: root,
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

/**
 * `runs` rounds; in each a fresh copy of the project is started cold and then warm, and with
 * `baseline` (a checkout of an earlier commit, started with its own `npm run studio`) that one too,
 * in turns, so both meet the same load. Prints the medians as a table.
 */
export async function benchStudioStart(runs: number, baseline?: { label: string; root: string }): Promise<void> {
  const browser = await launchBrowser();
  // The baseline's checkout is reused; before its cold start its Vite cache (then in node_modules/.vite)
  // goes. Today's copies are fresh, with their own cache in .astro/.
  const reused = (root: string) => ({ root, remove: () => rmSync(path.join(root, "node_modules", ".vite", "deps"), { recursive: true, force: true }) });
  const targets = [...(baseline ? [{ label: baseline.label, copy: () => reused(baseline.root) }] : []), { label: "nu", copy: () => makeTempProject({ insideProject: true }) }];
  const measured = targets.map((target) => ({ ...target, cold: [] as StudioStart[], warm: [] as StudioStart[], afterDev: [] as StudioStart[] }));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const target of measured) {
        const project = target.copy();
        try {
          if (target.label !== "nu") project.remove();
          console.error(`Studio ${run}/${runs} (${target.label}): koud …`);
          target.cold.push(await startOnce(project.root, browser));
          console.error(`Studio ${run}/${runs} (${target.label}): warm …`);
          target.warm.push(await startOnce(project.root, browser));
          console.error(`Studio ${run}/${runs} (${target.label}): warm, na npm run dev …`);
          await runSiteDevServer(project.root);
          target.afterDev.push(await startOnce(project.root, browser));
        } finally {
          project.remove();
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\nDe studio starten (npm run studio), mediaan van ${runs} keer:\n`);
  console.log("| Versie | Start | Tot de lijst met hoofdstukken (s) | CPU-tijd tot dan (s) | Het huis openen (s) | Belasting (load average) |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  for (const target of measured) {
    for (const [label, starts] of [
      ["koud", target.cold],
      ["warm (opnieuw gestart)", target.warm],
      ["warm, nadat npm run dev liep", target.afterDev],
    ] as const) {
      console.log(`| ${target.label} | ${label} | ${fixed(median(starts.map((s) => s.list)))} | ${fixed(median(starts.map((s) => s.cpu)))} | ${fixed(median(starts.map((s) => s.chapter)))} | ${fixed(median(starts.map((s) => s.load)))} |`);
    }
  }
}
