/**
 * Nothing an editor runs contacts another host: `npm run build`, `check`, `edition`, `preview`, `dev`
 * and `studio` run as package.json defines them, through npm, in a copy of the project, as on an editor's laptop
 * (not in CI, with a fresh Astro and npm configuration, none of this test run's settings), with
 * tests/support/outside-connections.mjs preloaded into every Node process they start (npm itself
 * included). It records every name look-up and every connection to a host other than this machine;
 * there must be none. The pages that dev and studio serve, the studio's editor included, are opened in
 * Chromium, which must request nothing from another host either (fonts, icons, Keystatic).
 * `npm run build` is the run's own build (tests/setup/build-and-serve.ts runs scripts/build.mjs as
 * package.json does, on an editor's machine, with the recorder), unless that build was skipped;
 * npm itself is recorded in the other commands. `npm run edition` runs for the version the copy has
 * released already, so it refuses before it would build the site once more with scripts/build.mjs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { editorEnvironment, outside, readConnectionLog, started, type ConnectionEvent } from "../support/editor-machine.ts";
import { distDir, projectRoot } from "../support/paths.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";
import { recordActivity } from "./gates/network.ts";
import { freePort } from "../support/free-port.ts";

let project: TempProject;
let home: string;
let browser: Browser;

interface Run {
  child: ChildProcess;
  output: () => string;
  events: () => ConnectionEvent[];
  exited: Promise<number | null>;
}

/** `npm run <script> [-- args]` in the copy, in a process group of its own (so that stopping it stops
 * npm, the shell and Node under it). */
function npmRun(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Run {
  const log = path.join(home, `${script}.jsonl`);
  const child = spawn("npm", ["run", script, ...(args.length > 0 ? ["--", ...args] : [])], {
    cwd: project.root,
    env: { ...editorEnvironment(home, log), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const events = () => readConnectionLog(log);
  return { child, output: () => output, events, exited };
}

async function stop(run: Run): Promise<void> {
  if (run.child.exitCode !== null || run.child.pid === undefined) return;
  try {
    process.kill(-run.child.pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-run.child.pid!, "SIGKILL");
    } catch {
      // gone
    }
  }, 10_000);
  await run.exited;
  // npm exits before the server under it: wait until the whole group is gone, so that the next
  // command does not find this one's server still running in the folder.
  for (;;) {
    try {
      process.kill(-run.child.pid, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  clearTimeout(timer);
}

async function waitFor(url: string, run: Run, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (run.child.exitCode !== null) throw new Error(`${url}: the command stopped:\n${run.output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Astro's command line, through scripts/astro.mjs or (when a script calls it directly) its bin. */
const astroCli = /(^|\/)astro(\.mjs)?$/;

/** Opens `paths` in Chromium; returns what they requested from other hosts. */
async function foreignRequests(base: string, paths: string[]): Promise<string[]> {
  const context = await browser.newContext();
  const foreign: string[] = [];
  try {
    for (const sitePath of paths) {
      const page = await context.newPage();
      const activity = await recordActivity(page, base);
      await page.goto(`${base}${sitePath}`, { waitUntil: "networkidle", timeout: 90_000 });
      foreign.push(...activity.foreignRequests);
      await page.close();
    }
  } finally {
    await context.close();
  }
  return foreign;
}

beforeAll(async () => {
  project = makeTempProject({ insideProject: true });
  home = project.file(".cache/editor-home");
  // The project's own npm settings, which the copy needs as the project has them.
  if (existsSync(path.join(projectRoot, ".npmrc"))) copyFileSync(path.join(projectRoot, ".npmrc"), project.file(".npmrc"));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  project?.remove();
});

describe("no look-up or connection to another host", () => {
  it("npm run build, then npm run check, npm run edition and npm run preview of what it built", async () => {
    const recorded = inject("buildConnectionsLog");
    let built = distDir;
    let events: ConnectionEvent[];
    if (recorded) {
      events = readConnectionLog(recorded);
    } else {
      built = path.join(home, "dist");
      const build = npmRun("build", [], { WZV_OUT: built });
      expect(await build.exited, build.output()).toBe(0);
      events = build.events();
    }
    expect(started(events, /scripts\/build\.mjs$/), "the recorder ran in the build").toBe(true);
    expect(outside(events), "npm run build").toEqual([]);

    const check = npmRun("check");
    expect(await check.exited, check.output()).toBe(0);
    expect(started(check.events(), /scripts\/check\.ts$/), "the recorder ran in the check").toBe(true);
    expect(outside(check.events()), "npm run check").toEqual([]);

    // The copy's version is released already, so the edition command refuses before it builds
    // (its build is scripts/build.mjs, recorded above): what it does besides building is recorded.
    const edition = npmRun("edition");
    expect(await edition.exited, edition.output()).toBe(1);
    expect(edition.output()).toContain("is al uitgebracht");
    expect(started(edition.events(), /scripts\/edition\.ts$/), "the recorder ran in the edition command").toBe(true);
    expect(outside(edition.events()), "npm run edition").toEqual([]);

    const port = await freePort();
    const preview = npmRun("preview", ["--port", String(port)], { WZV_OUT: built });
    try {
      await waitFor(`http://127.0.0.1:${port}/huis/`, preview, 60_000);
    } finally {
      await stop(preview);
    }
    expect(started(preview.events(), astroCli), "the recorder ran in astro preview").toBe(true);
    expect(outside(preview.events()), "npm run preview").toEqual([]);
  }, 240_000);

  it("npm run dev, with a chapter open in Chromium", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const dev = npmRun("dev", ["--port", String(port), "--host", "127.0.0.1"]);
    let foreign: string[];
    try {
      await waitFor(`${base}/huis/`, dev, 90_000);
      foreign = await foreignRequests(base, ["/huis/"]);
    } finally {
      await stop(dev);
    }
    expect(started(dev.events(), astroCli), "the recorder ran in astro dev").toBe(true);
    expect(outside(dev.events()), "npm run dev").toEqual([]);
    expect(foreign, "the page in the browser").toEqual([]);
    expect(dev.output()).not.toMatch(/New version of Astro|@astrojs\/upgrade|telemetry/i);
  }, 180_000);

  it("npm run studio, with the editor and a chapter in it open in Chromium", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const studio = npmRun("studio", ["--port", String(port), "--host", "127.0.0.1"]);
    let foreign: string[];
    try {
      await waitFor(`${base}/keystatic`, studio, 150_000);
      foreign = await foreignRequests(base, ["/keystatic", "/keystatic/collection/chapters/item/huis", "/huis/"]);
    } finally {
      await stop(studio);
    }
    expect(started(studio.events(), astroCli), "the recorder ran in the studio").toBe(true);
    expect(outside(studio.events()), "npm run studio").toEqual([]);
    expect(foreign, "the studio in the browser").toEqual([]);
  }, 300_000);
});
