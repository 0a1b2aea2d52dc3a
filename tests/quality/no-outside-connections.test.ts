/**
 * Nothing an editor runs contacts another host: `npm run build`, `check`, `preview`, `dev` and `studio`
 * run as package.json defines them, through npm, in a copy of the project, as on an editor's laptop
 * (not in CI, with a fresh Astro and npm configuration, none of this test run's settings), with
 * tests/support/outside-connections.mjs preloaded into every Node process they start (npm itself
 * included). It records every name look-up and every connection to a host other than this machine;
 * there must be none. The pages that dev and studio serve, the studio's editor included, are opened in
 * Chromium, which must request nothing from another host either (fonts, icons, Keystatic).
 * `npm run edition` is not run (it would build the site once more): it imports scripts/offline.mjs
 * and builds with scripts/build.mjs, which `npm run build` runs here.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { withoutVitest } from "../support/env.ts";
import { projectRoot } from "../support/paths.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";
import { recordActivity } from "./gates/network.ts";

const recorder = pathToFileURL(path.join(projectRoot, "tests", "support", "outside-connections.mjs")).href;

interface Event {
  pid: number;
  event: "start" | "outside";
  argv?: string[];
  via?: string;
  host?: string;
  port?: string;
}

let project: TempProject;
let home: string;
let browser: Browser;

/** The environment of an editor's terminal: none of npm's or Vitest's variables (npm passes its
 * settings on to the scripts it runs, update-notifier=false among them), none of Astro's switches
 * (vitest.config.ts sets them for the tests' own servers; here the scripts must set them), not CI
 * (Astro and npm skip their update checks there), and a configuration of Astro and npm of its own,
 * so that an update check done earlier on this machine cannot hide one. */
function editorEnvironment(log: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(withoutVitest()).filter(([name]) => !/^npm_/i.test(name) && !/^(ASTRO_|TELEMETRY_DISABLED$|NODE_OPTIONS$|CI$)/.test(name)),
  );
  return {
    ...env,
    CI: "false",
    XDG_CONFIG_HOME: path.join(home, "config"),
    APPDATA: path.join(home, "config"),
    npm_config_userconfig: path.join(home, "npmrc"),
    npm_config_cache: path.join(home, "npm-cache"),
    NODE_OPTIONS: `--import=${recorder}`,
    WZV_CONNECTIONS_LOG: log,
    WZV_OUT: path.join(home, "dist"),
    NO_COLOR: "1",
  };
}

interface Run {
  child: ChildProcess;
  output: () => string;
  events: () => Event[];
  exited: Promise<number | null>;
}

/** `npm run <script> [-- args]` in the copy, in a process group of its own (so that stopping it stops
 * npm, the shell and Node under it). */
function npmRun(script: string, args: string[] = []): Run {
  const log = path.join(home, `${script}.jsonl`);
  writeFileSync(log, "");
  const child = spawn("npm", ["run", script, ...(args.length > 0 ? ["--", ...args] : [])], {
    cwd: project.root,
    env: editorEnvironment(log),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const events = () =>
    readFileSync(log, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Event);
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
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

/** "dns.lookup telemetry.astro.build by node …/astro.mjs dev" for every outside event. */
function outside(events: Event[]): string[] {
  const commands = new Map(events.filter((e) => e.event === "start").map((e) => [e.pid, (e.argv ?? []).join(" ")]));
  return [...new Set(events.filter((e) => e.event === "outside").map((e) => `${e.via} ${e.host}${e.port ? `:${e.port}` : ""} by ${commands.get(e.pid) ?? `pid ${e.pid}`}`))];
}

/** The recorder really ran in the process that runs the command's own code. */
function started(events: Event[], script: RegExp): boolean {
  return events.some((e) => e.event === "start" && (e.argv ?? []).some((arg) => script.test(arg.replace(/\\/g, "/"))));
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
  mkdirSync(path.join(home, "config"), { recursive: true });
  writeFileSync(path.join(home, "npmrc"), "");
  // The project's own npm settings, which the copy needs as the project has them.
  if (existsSync(path.join(projectRoot, ".npmrc"))) copyFileSync(path.join(projectRoot, ".npmrc"), project.file(".npmrc"));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  project?.remove();
});

describe("no look-up or connection to another host", () => {
  it("npm run build, then npm run check and npm run preview of what it built", async () => {
    const build = npmRun("build");
    expect(await build.exited, build.output()).toBe(0);
    expect(started(build.events(), /scripts\/build\.mjs$/), "the recorder ran in the build").toBe(true);
    expect(outside(build.events()), "npm run build").toEqual([]);

    const check = npmRun("check");
    expect(await check.exited, check.output()).toBe(0);
    expect(started(check.events(), /scripts\/check\.ts$/), "the recorder ran in the check").toBe(true);
    expect(outside(check.events()), "npm run check").toEqual([]);

    const port = await freePort();
    const preview = npmRun("preview", ["--port", String(port)]);
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
