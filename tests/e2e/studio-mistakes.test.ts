/**
 * The studio when something is wrong, in headless Chromium on a copy of the project, as an editor
 * meets it: a mistake typed into a chapter by hand leaves the studio usable and shows the build's
 * message inside it, with a link that opens the chapter, where the form repairs it; an inserted
 * figure opens its form, suggests a free name and refuses a taken one; a save that would break the
 * build is refused with the build's message and writes nothing; a save does not reload the studio;
 * a second `npm run studio` in the same folder says in Dutch where the first one runs.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { findMistakes } from "../../src/lib/checks/mistakes/project.ts";
import { formatProblem } from "../../src/lib/errors.ts";
import { withoutVitest } from "../support/env.ts";
import { makeMistake, mistakes } from "../support/mistakes.ts";
import { savedContent } from "../support/saved-file.ts";
import { caretAtEndOf, studioCommand, studioSession, studioSlow as slow } from "../support/studio-server.ts";

const session = studioSession();

const huis = "src/content/chapters/huis.mdx";

async function studioPage(pathname: string): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${session.studio.url}${pathname}`);
  return page;
}

/** Het huis open in the studio for `run`; afterwards the page closed and the chapter as it was. */
async function inHuis(run: (page: Page, file: string, before: string) => Promise<void>): Promise<void> {
  const file = session.project.file(huis);
  const before = readFileSync(file, "utf8");
  const page = await studioPage("/keystatic/collection/chapters/item/huis");
  try {
    await run(page, file, before);
  } finally {
    await page.close();
    if (readFileSync(file, "utf8") !== before) writeFileSync(file, before);
  }
}

/** Puts the caret on a new empty line after the paragraph and inserts a component through "/". */
async function insertAfter(page: Page, paragraphText: string, component: string): Promise<void> {
  await caretAtEndOf(page.locator(".ProseMirror p", { hasText: paragraphText }));
  await page.keyboard.press("Enter");
  const option = page.getByRole("option", { name: new RegExp(`^${component}`) }).first();
  // The "/" menu opens on a "/" typed at the start of an empty line; on a busy machine the editor
  // can miss it while it is still settling after the new line, so type it again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.type(`/${component}`, { delay: 30 });
    if (await option.waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
    if (attempt === 3) throw new Error(`the "/" menu did not offer ${component}`);
    for (let i = 0; i <= component.length; i++) await page.keyboard.press("Backspace");
  }
  await page.keyboard.press("Enter");
}

describe("a mistake typed into a chapter by hand", () => {
  test("leaves the studio usable, shows the build's message in it, and the chapter opens there and is repaired with its form", async () => {
    const file = session.project.file("src/content/chapters/inwoner.mdx");
    const before = readFileSync(file, "utf8");
    const undo = makeMistake(session.project.root, mistakes["dataset-typo"]);
    try {
      const message = formatProblem(findMistakes(session.project.root)[0]!);
      for (const address of ["/keystatic", "/keystatic/collection/chapters"]) expect((await fetch(`${session.studio.url}${address}`)).status).toBe(200);
      expect((await fetch(`${session.studio.url}/api/keystatic/tree`, { headers: { "no-cors": "1" } })).status).toBe(200);

      const page = await studioPage("/keystatic/collection/chapters");
      let loads = 0;
      page.on("load", () => loads++);
      const panel = page.getByRole("region", { name: "De site kan zo niet worden gebouwd: 1 fout om op te lossen." });
      await panel.waitFor(slow);
      expect(await panel.locator("pre").allInnerTexts()).toEqual([message]);
      await page.getByRole("row", { name: /De inwoner/ }).waitFor(slow);
      await panel.getByRole("link", { name: "De inwoner openen in de studio" }).click();

      // The chapter opens inside the studio, without loading the page again; the broken value says so.
      const broken = page.locator(".ProseMirror .wzv-studio-summary", { hasText: "eenzaamheit" });
      await broken.waitFor(slow);
      expect(new URL(page.url()).pathname).toBe("/keystatic/collection/chapters/item/inwoner");
      expect(await broken.innerText()).toBe("Lariks · eenzaamheit (klopt niet: open om te verbeteren)");
      await broken.click();
      await page.getByRole("button", { name: "Getal uit de cijfers bewerken" }).click();
      const form = page.getByRole("dialog", { name: "Getal uit de cijfers bewerken" });
      await form.getByRole("button", { name: "Klaar" }).click();
      expect(await form.innerText()).toContain('Er is geen dataset "eenzaamheit". Kies een dataset uit de lijst.');
      await form.getByRole("button", { name: /Dataset/ }).click();
      await page.getByRole("option", { name: "Eenzaamheid (eenzaamheid)" }).click();
      await form.getByRole("button", { name: "Klaar" }).click();
      await form.waitFor({ state: "hidden" });
      await page.getByRole("button", { name: "Opslaan" }).click();
      await expect.poll(() => readFileSync(file, "utf8"), { timeout: 20_000 }).toBe(before);
      await panel.waitFor({ state: "hidden", timeout: 20_000 });
      expect(loads).toBe(0);
      await page.close();
    } finally {
      undo();
    }
  }, 240_000);

  test("a preview page shows the message in place of the page, with the link into the studio", async () => {
    const undo = makeMistake(session.project.root, mistakes["dataset-typo"]);
    const printedBefore = session.studio.output().length;
    try {
      const page = await studioPage("/inwoner/");
      // The page may have loaded before the server saw the file change, and then reload once for
      // it: read what the page shows in one evaluation, again until it holds.
      const shown = () =>
        page
          .evaluate(() => {
            const notice = document.querySelector("main.wzv-mistakes");
            const link = [...(notice?.querySelectorAll("a") ?? [])].find((a) => a.textContent?.trim() === "De inwoner openen in de studio");
            return notice ? { messages: [...notice.querySelectorAll("pre")].map((pre) => (pre as HTMLElement).innerText), link: link?.getAttribute("href") } : undefined;
          })
          .catch(() => undefined);
      await expect
        .poll(shown, { timeout: slow.timeout })
        .toEqual({ messages: [formatProblem(findMistakes(session.project.root)[0]!)], link: "/keystatic/collection/chapters/item/inwoner" });
      // The page names the site's icon, so the browser does not ask for /favicon.ico, which Astro
      // answers with an English warning in the editor's terminal.
      await page.waitForLoadState("networkidle");
      expect(session.studio.output().slice(printedBefore)).not.toContain("[WARN]");
      await page.close();
    } finally {
      undo();
    }
  }, 120_000);
});

describe("a chapter the studio cannot read", () => {
  test("says in Dutch that it cannot open it and what to do; the notice gives the build's message", async () => {
    const undo = makeMistake(session.project.root, mistakes["unclosed-tag"]);
    try {
      const page = await studioPage("/keystatic/collection/chapters/item/huis");
      await page.getByText("De studio kan dit bestand niet openen.", { exact: false }).waitFor(slow);
      const text = await page.locator("body").innerText();
      expect(text).toContain("verbeter het in een teksteditor, sla het op en laad deze pagina opnieuw");
      expect(text).not.toMatch(/Error:|Field validation failed|Unexpected error/);
      const panel = page.getByRole("region", { name: "De site kan zo niet worden gebouwd: 1 fout om op te lossen." });
      expect(await panel.locator("pre").allInnerTexts()).toEqual([formatProblem(findMistakes(session.project.root)[0]!)]);
      await page.close();
    } finally {
      undo();
    }
  }, 120_000);
});

describe("a figure inserted in the studio", () => {
  test("opens its form, which suggests a free name and refuses one another figure has; then it is saved", async () => {
    await inHuis(async (page, file, before) => {
      await insertAfter(page, "De meeste Assenaren zijn tevreden", "Figuur");
      const form = page.getByRole("dialog", { name: "Figuur bewerken" });
      await form.waitFor();
      await form.getByRole("button", { name: /Dataset/ }).click();
      await page.getByRole("option", { name: /\(mantelzorgers\)$/ }).click();
      const name = form.getByRole("textbox", { name: /Naam \(id\)/ });
      await expect.poll(() => name.inputValue()).toBe("mantelzorgers-2");
      await name.fill("mantelzorgers");
      await form.getByRole("button", { name: "Klaar" }).click();
      expect(await form.innerText()).toContain("Deze naam heeft al een figuur in De inwoner. Kies een andere, bijvoorbeeld mantelzorgers-2.");
      await name.fill("mantelzorgers-2");
      await form.getByRole("button", { name: "Klaar" }).click();
      await form.waitFor({ state: "hidden" });
      await page.getByRole("button", { name: "Opslaan" }).click();
      const after = await savedContent(file, '<Figure id="mantelzorgers-2"');
      expect(after).toBe(before.replace("De meeste Assenaren zijn tevreden over hun huidige woonsituatie.\n", 'De meeste Assenaren zijn tevreden over hun huidige woonsituatie.\n\n<Figure id="mantelzorgers-2" dataset="mantelzorgers" type="bar" />\n'));
    });
  }, 240_000);

  test("left without its form filled in is not saved: the studio shows the build's message and writes nothing", async () => {
    await inHuis(async (page, file, before) => {
      await insertAfter(page, "De meeste Assenaren zijn tevreden", "Figuur");
      const form = page.getByRole("dialog", { name: "Figuur bewerken" });
      await form.getByRole("button", { name: "Annuleren" }).click();
      await page.getByRole("button", { name: "Opslaan" }).click();
      const refusal = page.getByRole("alert").filter({ hasText: "Niet opgeslagen" });
      await refusal.waitFor({ timeout: 30_000 });
      const text = await refusal.innerText();
      expect(text).toContain("Niet opgeslagen: met deze wijziging kan de site niet worden gebouwd (2 fouten om op te lossen).");
      expect(text).toContain("src/content/chapters/huis.mdx:33:1: <Figure>: het attribuut dataset ontbreekt.");
      expect(text).toContain('src/content/chapters/huis.mdx:33:1: deze <Figure> heeft geen id.');
      expect(readFileSync(file, "utf8")).toBe(before);
    });
  }, 240_000);
});

describe("a quote inserted in the studio", () => {
  test("opens its form, which asks for the source; then it is saved with the source and the text typed in it", async () => {
    await inHuis(async (page, file, before) => {
      await insertAfter(page, "De meeste Assenaren zijn tevreden", "Citaat");
      const form = page.getByRole("dialog", { name: "Citaat bewerken" });
      await form.waitFor();
      await form.getByRole("button", { name: "Klaar" }).click();
      expect(await form.innerText()).toContain("Bron: dit veld mag niet leeg zijn");
      await form.getByRole("button", { name: "Annuleren" }).click();
      // Closed without a source, the quote says what it lacks, and opens its form again from its bar.
      const quote = page.locator(".ProseMirror .wzv-studio-summary", { hasText: "Bron: nog niet ingevuld" });
      expect(await quote.innerText()).toBe("Bron: nog niet ingevuld (klopt niet: open om te verbeteren)");
      await page.getByRole("button", { name: "Citaat bewerken" }).click();
      await form.getByRole("textbox", { name: /Bron/ }).fill("Visie op Leefbaarheid, Actium");
      await form.getByRole("button", { name: "Klaar" }).click();
      await form.waitFor({ state: "hidden" });
      await page.locator(".ProseMirror .wzv-studio-wrapper", { hasText: "Bron: Visie op Leefbaarheid, Actium" }).locator(".wzv-studio-wrapped p").click();
      await page.keyboard.type("Wonen is meer dan een dak.");
      await page.getByRole("button", { name: "Opslaan" }).click();
      const after = await savedContent(file, 'source="Visie op Leefbaarheid, Actium"');
      expect(after).toBe(
        before.replace(
          "De meeste Assenaren zijn tevreden over hun huidige woonsituatie.\n",
          'De meeste Assenaren zijn tevreden over hun huidige woonsituatie.\n\n<Quote source="Visie op Leefbaarheid, Actium">\n  Wonen is meer dan een dak.\n</Quote>\n',
        ),
      );
    });
  }, 240_000);
});

describe("a save in the studio", () => {
  test("reloads an open preview page of the chapter once, and not the studio", async () => {
    const file = session.project.file(huis);
    const before = readFileSync(file, "utf8");
    const preview = await studioPage("/huis/");
    await preview.locator("main h1").waitFor(slow);
    const page = await studioPage("/keystatic/collection/chapters/item/huis");
    const loads = { studio: 0, preview: 0 };
    page.on("load", () => loads.studio++);
    preview.on("load", () => loads.preview++);
    try {
      const paragraph = page.locator(".ProseMirror p", { hasText: "De meeste Assenaren zijn tevreden" });
      await paragraph.waitFor(slow);
      await paragraph.click();
      await page.keyboard.press("End");
      await page.keyboard.type(" Proef.");
      await page.getByRole("button", { name: "Opslaan" }).click();
      await savedContent(file, "woonsituatie. Proef.");
      await preview.getByText("woonsituatie. Proef.").waitFor({ timeout: 30_000 });
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(loads).toEqual({ studio: 0, preview: 1 });
    } finally {
      await Promise.all([page.close(), preview.close()]);
      writeFileSync(file, before);
    }
  }, 240_000);
});

describe("a second npm run studio in the same folder", () => {
  test("says in Dutch where the first one runs, and stops", () => {
    const second = spawnSync(process.execPath, [studioCommand(session.project.root), "--port", "0"], {
      cwd: session.project.root,
      env: { ...withoutVitest(), NODE_ENV: "development" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toBe(
      `De studio (of de voorbeeldweergave) draait al in deze map, op ${session.studio.url}/keystatic (proces ${studioPid()}).\n` +
        "Open dat adres in uw browser. Wilt u hem opnieuw starten, stop hem dan eerst met Ctrl+C in het venster waarin hij draait.\n",
    );
  });
});

/** The process that serves the studio, as Astro's lock file names it. */
function studioPid(): number {
  return (JSON.parse(readFileSync(session.project.file(".astro/dev.json"), "utf8")) as { pid: number }).pid;
}
