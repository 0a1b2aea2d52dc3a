/**
 * `npm run dev` as an editor uses it, in headless Chromium on a temporary copy of the project:
 * a broken chapter shows our Dutch notice in place of the page, with the build's message, and the
 * page comes back when it is fixed; the notice appears once per change of the files, also while
 * the server writes its log inside the project (as `astro dev --background` does, which Astro
 * chooses by itself when an AI agent starts it): no reload storm, each message printed once; the
 * guide's steps for a new dataset version give the message the guide announces, then none; a
 * `vastgesteld` document with open points warns on every page; search and the PDF say that they
 * need `npm run build`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMistakes } from "../../src/lib/checks/mistakes/project.ts";
import { formatProblem } from "../../src/lib/errors.ts";
import { launchBrowser } from "../support/browser.ts";
import { withoutVitest } from "../support/env.ts";
import { expectedLine, expectedWhere, makeMistake, mistakes } from "../support/mistakes.ts";
import { projectRoot } from "../support/paths.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";
import { freePort } from "../support/free-port.ts";

let project: TempProject;
let server: ChildProcess;
let browser: Browser;
let base: string;
let logFile: string;
/** What the server printed, from its log in the project's .astro/ folder. */
const log = () => readFileSync(logFile, "utf8");

async function waitForServer(timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(`${base}/inwoner/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`astro dev did not answer within ${timeoutMs} ms:\n${log()}`);
}

beforeAll(async () => {
  project = makeTempProject();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const astro = path.join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");
  // Where `astro dev --background` writes its log: inside the project, so every line it prints is
  // a change of a file in the folder the server watches.
  mkdirSync(project.file(".astro"), { recursive: true });
  logFile = project.file(".astro/dev.log");
  const output = openSync(logFile, "w");
  server = spawn(process.execPath, [astro, "dev", "--root", project.root, "--host", "127.0.0.1", "--port", String(port)], {
    cwd: project.root,
    env: { ...withoutVitest(), NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", output, output],
  });
  closeSync(output);
  browser = await launchBrowser();
  await waitForServer(120_000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  project?.remove();
});

async function open(pathname: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}${pathname}`);
  await page.locator("main").waitFor({ timeout: 30_000 });
  return page;
}

/** What `read` gives once `ok` accepts it; the page may reload (more than once) in between. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const start = Date.now();
  let last: T | undefined;
  let failure: unknown;
  while (Date.now() - start < timeoutMs) {
    try {
      last = await read();
      failure = undefined;
      if (ok(last)) return last;
    } catch (error) {
      // the page is reloading
      failure = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const reading = failure === undefined ? "" : `; reading it last failed with: ${String(failure)}`;
  throw new Error(`gave up waiting; last seen: ${JSON.stringify(last)}${reading}\nastro dev said:\n${log().slice(-3000)}`);
}

/** What the page shows: "the page" once it is back, without a notice, else what it shows
 * instead. Read in one go in the page: a reload between two reads would otherwise leave the second
 * waiting for an element of the page that was there before. */
async function whatPageShows(page: Page): Promise<string> {
  return page.evaluate(() => {
    const notice = document.querySelector(".wzv-mistakes");
    if (notice) return `notice: ${notice.textContent ?? ""}`;
    if (!document.querySelector("main")) return `no main: ${document.title}`;
    return "the page";
  });
}

/** The notice in place of the page, once the page has reloaded onto it (read in one go, as above). */
async function mistakesNotice(page: Page) {
  return eventually(
    () =>
      page.evaluate(() => {
        const notice = document.querySelector("main.wzv-mistakes");
        if (!notice) return undefined;
        return {
          title: document.title,
          lang: document.documentElement.lang,
          heading: notice.querySelector("h1")?.textContent ?? "",
          messages: [...notice.querySelectorAll("pre")].map((pre) => pre.textContent ?? ""),
          links: notice.querySelectorAll("a").length,
        };
      }),
    (notice) => notice !== undefined,
  ).then((notice) => notice!);
}

describe("astro dev with a broken chapter", { timeout: 120_000 }, () => {
  it("shows our message in Dutch in place of the page, without links into a studio, and the page again once it is fixed", async () => {
    const page = await open("/inwoner/");
    const undo = makeMistake(project.root, mistakes["dataset-typo"]);
    let notice: Awaited<ReturnType<typeof mistakesNotice>>;
    let problem: string;
    let where: string;
    try {
      notice = await mistakesNotice(page);
      problem = formatProblem(findMistakes(project.root)[0]!);
      where = expectedWhere(project.root, mistakes["dataset-typo"]);
    } finally {
      undo();
    }
    expect(notice.title).toBe("Fout in de bestanden | Woonzorgvisie Assen");
    expect(notice.lang).toBe("nl");
    expect(notice.heading).toBe("Deze pagina kan niet worden getoond: 1 fout om op te lossen. Sla het bestand op als de fout verbeterd is; de pagina ververst dan vanzelf.");
    expect(notice.messages).toEqual([problem]);
    expect(problem.startsWith(where)).toBe(true);
    // `npm run dev` has no studio to open the chapter in.
    expect(notice.links).toBe(0);
    await eventually(() => page.title(), (title) => title === "De inwoner | Woonzorgvisie Assen");
    await page.close();
  });

  it("says an MDX syntax error (an unclosed tag) in Dutch, at the line of the tag", async () => {
    const page = await open("/huis/");
    const undo = makeMistake(project.root, mistakes["unclosed-tag"]);
    try {
      const line = expectedLine(project.root, mistakes["unclosed-tag"]);
      const notice = await mistakesNotice(page);
      expect(notice.messages[0]).toContain(`src/content/chapters/huis.mdx:${line}:1: de tag <Note> wordt geopend maar niet gesloten.`);
    } finally {
      undo();
    }
    await eventually(() => page.title(), (title) => title === "Het huis | Woonzorgvisie Assen");
    await page.close();
  });
});

describe("astro dev after a mistake, with its log inside the project", { timeout: 120_000 }, () => {
  it("shows the notice once per change of the files, the page stays put, and prints each message once per change", async () => {
    const page = await open("/inwoner/");
    const message = 'er is geen dataset "eenzaamheit"';
    const printed = () => log().split(message).length - 1;
    const before = printed();
    let loads = 0;
    page.on("load", () => loads++);
    const undo = makeMistake(project.root, mistakes["dataset-typo"]);
    try {
      await eventually(() => whatPageShows(page), (shows) => shows !== "the page");
      // Settle: the reloads of this one change (Astro's for the chapter, ours for the notice).
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const settled = loads;
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      expect(loads - settled, "page loads in 5 s while nothing changed").toBe(0);
      expect(printed() - before, "times the message was printed for one change").toBe(1);
      expect(await whatPageShows(page)).toMatch(/^notice: /);
      // The same file saved again: the message once more.
      writeFileSync(project.file("src/content/chapters/inwoner.mdx"), readFileSync(project.file("src/content/chapters/inwoner.mdx"), "utf8"));
      await eventually(async () => printed() - before, (count) => count === 2, 10_000);
    } finally {
      undo();
    }
    await eventually(() => whatPageShows(page), (shows) => shows === "the page");
    await page.close();
  });
});

describe("astro dev with a broken document.json", { timeout: 120_000 }, () => {
  it("shows our message at the line, not the JSON parser's", async () => {
    const page = await open("/");
    const undo = makeMistake(project.root, {
      title: "a missing comma",
      edits: [{ file: "src/content/document.json", from: '"concept",', to: '"concept"' }],
      at: { file: "src/content/document.json", marker: '"version"' },
    });
    try {
      const notice = await mistakesNotice(page);
      expect(notice.messages[0]).toContain("src/content/document.json:5:3: het bestand kan niet worden gelezen: het is geen geldige JSON.");
    } finally {
      undo();
    }
    await eventually(() => whatPageShows(page), (shows) => shows === "the page");
    await page.close();
  });
});

describe("astro dev while a dataset gets a new version, following the guide's steps", { timeout: 120_000 }, () => {
  it("after step 1 names the file to archive (step 2); after step 2 shows both versions", async () => {
    const page = await open("/data/");
    const undo = makeMistake(project.root, mistakes["new-version-step-1"]);
    const archive = project.file("data/archief/eenzaamheid");
    try {
      const notice = await mistakesNotice(page);
      expect(notice.messages.join("\n")).toContain("versie 1 staat in de wijzigingen, maar het bestand van die versie is niet bewaard.");
      expect(notice.messages.join("\n")).toContain("Kopieer data/eenzaamheid.csv naar data/archief/eenzaamheid/v1.csv");
      mkdirSync(archive, { recursive: true });
      copyFileSync(project.file("data/eenzaamheid.csv"), path.join(archive, "v1.csv"));
      const links = await eventually(
        () => page.locator('main a[href^="/data/eenzaamheid/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href"))),
        (hrefs) => hrefs.includes("/data/eenzaamheid/v2.csv"),
      );
      expect(links).toEqual(expect.arrayContaining(["/data/eenzaamheid/v1.csv", "/data/eenzaamheid/v2.csv"]));
    } finally {
      // The tests after this one need the project as it was, also when this one fails.
      undo();
      rmSync(archive, { recursive: true, force: true });
    }
    await eventually(() => whatPageShows(page), (shows) => shows === "the page");
    await page.close();
  });
});

describe("astro dev says what the preview cannot do", { timeout: 120_000 }, () => {
  it("warns on every page when a vastgesteld document still has open points", async () => {
    const undo = makeMistake(project.root, {
      title: "vastgesteld",
      edits: [{ file: "src/content/document.json", from: '"status": "concept"', to: '"status": "vastgesteld"' }],
      at: { file: "src/content/document.json", marker: "vastgesteld" },
    });
    try {
      for (const pathname of ["/", "/inwoner/", "/data/"]) {
        const page = await open(pathname);
        await page.locator(".dev-warning").waitFor({ timeout: 30_000 });
        expect(await page.locator(".dev-warning").innerText()).toMatch(/^Let op: deze versie kan zo niet worden gepubliceerd\n.*de status 'vastgesteld', maar er zijn nog \d+ open punten\./s);
        await page.close();
      }
    } finally {
      undo();
    }
  });

  it("says that search and the PDF need npm run build", async () => {
    const page = await open("/inwoner/");
    expect(await page.locator(".dev-warning").count()).toBe(0);
    // The previous test's undo may still reload open pages once (its file change): then click again.
    for (let attempt = 1; ; attempt++) {
      await page.locator("#zoeken-veld").click();
      try {
        await page.locator("[data-search-summary]").filter({ hasText: "Zoeken werkt niet in de voorbeeldweergave" }).waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.waitForLoadState("load");
      }
    }
    expect(await page.locator(".pdf-link").innerText()).toBe("De PDF wordt alleen gemaakt door npm run build; in deze voorbeeldweergave (npm run studio) is hij er niet.");
    await page.close();
  });
});
