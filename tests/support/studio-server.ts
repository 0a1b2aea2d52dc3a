// Starts `npm run studio` (scripts/studio.mjs: astro dev with astro.studio.config.mjs) on a free
// port in a project folder, and stops it again. The studio writes the files it saves, so tests give
// it a copy.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { withoutVitest } from "./env.ts";
import { freePort } from "./free-port.ts";
import { makeTempProject, type TempProject } from "./temp-project.ts";

export interface StudioServer {
  url: string;
  /** What the studio printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** The project's own `npm run studio` launcher. */
export const studioCommand = (root: string) => path.join(root, "scripts", "studio.mjs");

export async function startStudio(root: string, timeoutMs = 120_000): Promise<StudioServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [studioCommand(root), "--port", String(port), "--host", "127.0.0.1"], {
    cwd: root,
    // As `npm run studio` would run it: not with the test runner's NODE_ENV=test and VITEST flags.
    env: { ...withoutVitest(), NODE_ENV: "development", ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  for (;;) {
    if (child.exitCode !== null) throw new Error(`De studio stopte meteen:\n${output}`);
    try {
      const response = await fetch(`${url}/keystatic`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) break;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = String((error as Error).cause ?? error);
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`De studio antwoordde niet binnen ${timeoutMs / 1000} s (${lastError}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export interface StudioSession {
  /** A copy of the project: the studio saves into it. */
  project: TempProject;
  studio: StudioServer;
  browser: Browser;
}

/** For a test file: before its tests, a copy of the project with `npm run studio` running in it
 * and a browser; after them, all three gone. Read the fields inside tests and hooks. */
export function studioSession(): StudioSession {
  const session = {} as StudioSession;
  beforeAll(async () => {
    session.project = makeTempProject({ insideProject: true });
    [session.studio, session.browser] = await Promise.all([startStudio(session.project.root), launchBrowser()]);
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.studio?.stop();
    session.project?.remove();
  });
  return session;
}

/** Keystatic builds its screens in the browser; the first visit also waits for Vite. */
export const studioSlow = { timeout: 90_000 };

/** Clicks into a paragraph of the editor and puts the caret at its very end (End only reaches the
 * end of a visual line). */
export async function caretAtEndOf(paragraph: Locator): Promise<void> {
  await paragraph.waitFor(studioSlow);
  await paragraph.click();
  await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
}
