// The studio's screenshots in the editors' guide (docs/redactiegids.md), made again:
//   node_modules/.bin/node scripts/guide-screenshots.mjs               all of them
//   node_modules/.bin/node scripts/guide-screenshots.mjs studio-figuur one or more, by name
// It copies the project's tracked files (git ls-files) into a throw-away folder, starts the studio
// there (scripts/studio.mjs on a free port), recreates each scene in Debian's Chromium
// (playwright-core, 1280x800) and writes docs/img/<name>.png in this project. The studio only ever
// writes in the copy; the copy is removed at the end. Needs /usr/bin/chromium (or CHROMIUM_PATH).
// The locators are those of tests/e2e/studio-screens.test.ts and studio-mistakes.test.ts.
import "./offline.mjs";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const images = path.join(root, "docs", "img");
const viewport = { width: 1280, height: 800 };
/** Keystatic builds its screens in the browser; the first visit also waits for Vite's pre-bundling. */
const slow = { timeout: 180_000 };

/** A copy of the project's tracked files (as they are in the working tree), sharing node_modules. */
function copyProject() {
  const copy = mkdtempSync(path.join(tmpdir(), "wzv-guide-shots-"));
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 }).split("\0").filter(Boolean);
  for (const file of files) {
    const from = path.join(root, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    copyFileSync(from, path.join(copy, file));
  }
  symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"), "dir");
  return copy;
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm run studio` in the copy; resolves once it printed "De studio: <address>". */
async function startStudio(copy) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(copy, "scripts", "studio.mjs"), "--port", String(port), "--host", "127.0.0.1"], {
    cwd: copy,
    env: { ...process.env, NODE_ENV: "development", ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr.on("data", (chunk) => (output += chunk));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`De studio startte niet binnen 3 minuten:\n${output}`)), 180_000);
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const found = /De studio: (http:\/\/\S+)\/keystatic/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`De studio stopte (code ${code}):\n${output}`));
    });
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve(undefined);
      });
      child.kill("SIGTERM");
    });
  return { url, stop, output: () => output };
}

/** Waits until the breadcrumb names the chapter by its title, as the studio now does. */
async function chapter(page, studio, slug, title) {
  await page.goto(`${studio}/keystatic/collection/chapters/item/${slug}`);
  await page.locator(".ProseMirror").waitFor(slow);
  const crumbs = page.getByRole("navigation", { name: "Broodkruimels" });
  await crumbs.getByText(title, { exact: true }).waitFor(slow);
}

/** Puts the caret on a new empty line after the paragraph and inserts a component through "/". */
async function insertAfter(page, paragraphText, component) {
  const paragraph = page.locator(".ProseMirror p", { hasText: paragraphText });
  await paragraph.waitFor(slow);
  await paragraph.click();
  await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    range.collapse(false);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await page.keyboard.press("Enter");
  const option = page.getByRole("option", { name: new RegExp(`^${component}`) }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.type(`/${component}`, { delay: 30 });
    if (await option.waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
    if (attempt === 3) throw new Error(`Het menu "/" bood geen ${component} aan.`);
    for (let i = 0; i <= component.length; i++) await page.keyboard.press("Backspace");
  }
  await page.keyboard.press("Enter");
}

/** Text that must be on the screen before the picture is taken. */
async function expectText(locator, text) {
  const shown = await locator.innerText();
  if (!shown.includes(text)) throw new Error(`Verwacht "${text}", maar zag:\n${shown}`);
}

/** The scenes, each on a fresh page (its own browser context: no unsaved state from another). */
const scenes = {
  /** De wijk, just opened: the text on the left, the chapter's fields on the right. */
  "studio-hoofdstuk": async (page, studio) => {
    await chapter(page, studio, "wijk", "De wijk");
  },

  /** De inwoner: the form of "Lariks · eenzaamheid", with the list Rij open. */
  "studio-getal": async (page, studio) => {
    await chapter(page, studio, "inwoner", "De inwoner");
    const value = page.locator(".ProseMirror p .wzv-studio-summary", { hasText: "Lariks · eenzaamheid" });
    await value.scrollIntoViewIfNeeded();
    await value.click();
    const popover = page.getByRole("dialog", { name: "Bewerken of verwijderen" });
    await popover.getByRole("button", { name: "Bewerken" }).click();
    const form = page.getByRole("dialog", { name: "Getal uit de cijfers bewerken" });
    await form.waitFor();
    await form.getByRole("button", { name: /Rij/ }).click();
    await page.getByRole("option", { name: "Lariks" }).waitFor();
  },

  /** De wijk, the caret in a paragraph, the "+" menu of building blocks open. */
  "studio-invoegen": async (page, studio) => {
    await chapter(page, studio, "wijk", "De wijk");
    const paragraph = page.locator(".ProseMirror p", { hasText: "De wijk blijkt ten dele" });
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.click();
    await page.getByRole("button", { name: "Invoegen" }).click();
    await page.getByRole("menu", { name: "Invoegen" }).waitFor();
  },

  /** Het huis: a figure inserted and left empty, Opslaan refused with the build's message. */
  "studio-niet-opgeslagen": async (page, studio) => {
    await chapter(page, studio, "huis", "Het huis");
    await insertAfter(page, "De meeste Assenaren zijn tevreden", "Figuur");
    const form = page.getByRole("dialog", { name: "Figuur bewerken" });
    await form.getByRole("button", { name: "Annuleren" }).click();
    await form.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "Opslaan" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Niet opgeslagen" });
    await refusal.waitFor({ timeout: 60_000 });
    await expectText(refusal, "Niet opgeslagen: met deze wijziging kan de site niet worden gebouwd");
    // The new figure, which says "klopt niet", on the screen below the notice with the paragraph before it.
    const broken = page.locator(".ProseMirror .wzv-studio-summary", { hasText: "klopt niet" });
    await broken.waitFor();
    // Only the editor's own scroll box moves (scrollIntoView would also shift the page's outer boxes).
    await broken.evaluate((element) => {
      let box = element.parentElement;
      while (box && !(box.scrollHeight > box.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
      if (!box) throw new Error("Geen schuifvak rond de figuur.");
      const [inner, outer] = [element.getBoundingClientRect(), box.getBoundingClientRect()];
      box.scrollTop += inner.top + inner.height / 2 - (outer.top + outer.height / 2);
    });
  },

  /** Het huis: a new figure of mantelzorgers, whose taken name the form refuses. */
  "studio-figuur": async (page, studio) => {
    await chapter(page, studio, "huis", "Het huis");
    await insertAfter(page, "De meeste Assenaren zijn tevreden", "Figuur");
    const form = page.getByRole("dialog", { name: "Figuur bewerken" });
    await form.waitFor();
    await form.getByRole("button", { name: /Dataset/ }).click();
    await page.getByRole("option", { name: /\(mantelzorgers\)$/ }).click();
    const name = form.getByRole("textbox", { name: /Naam \(id\)/ });
    for (let i = 0; (await name.inputValue()) !== "mantelzorgers-2"; i++) {
      if (i === 50) throw new Error(`De voorgestelde naam is ${await name.inputValue()}, niet mantelzorgers-2.`);
      await page.waitForTimeout(100);
    }
    await name.fill("mantelzorgers");
    await form.getByRole("button", { name: "Klaar" }).click();
    await expectText(form, "Deze naam heeft al een figuur in De inwoner. Kies een andere, bijvoorbeeld mantelzorgers-2.");
    // The form from its top: the field Naam (id) with its label, the refusal and the dataset chosen.
    await name.evaluate((input) => {
      for (let box = input.parentElement; box; box = box.parentElement) {
        if (box.scrollHeight > box.clientHeight + 1 && getComputedStyle(box).overflowY !== "visible") box.scrollTop = 0;
      }
    });
  },
};

async function main() {
  const wanted = process.argv.slice(2);
  for (const name of wanted) if (!(name in scenes)) throw new Error(`Onbekende schermafbeelding: ${name}. Bekend: ${Object.keys(scenes).join(", ")}`);
  const chosen = wanted.length ? wanted : Object.keys(scenes);

  const copy = copyProject();
  let studio;
  let browser;
  try {
    [studio, browser] = await Promise.all([
      startStudio(copy),
      chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
      }),
    ]);
    for (const name of chosen) {
      const page = await browser.newPage({ viewport });
      try {
        await scenes[name](page, studio.url);
        // Off the controls, so that no hover state shows; then let transitions and fonts settle.
        await page.mouse.move(viewport.width - 1, viewport.height - 1);
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(800);
        const file = path.join(images, `${name}.png`);
        await page.screenshot({ path: file, animations: "disabled" });
        console.log(`docs/img/${name}.png`);
      } finally {
        await page.context().close();
      }
    }
  } finally {
    await browser?.close();
    await studio?.stop();
    rmSync(copy, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
