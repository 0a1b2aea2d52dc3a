/**
 * The editors' studio as an editor uses it, in headless Chromium on a copy of the project: the list
 * of chapters in Dutch by title, a paragraph typed into and saved (only that line of the MDX file
 * changes), and the "Bewerk deze pagina" link that leads from a chapter page to the editor.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { studioSession, studioSlow as slow } from "../support/studio-server.ts";
import { savedContent } from "../support/saved-file.ts";

const session = studioSession();
let page: Page;

beforeAll(async () => {
  page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 180_000);

describe("the studio", () => {
  test("lists the chapters by title, in reading order, in Dutch", async () => {
    await page.goto(`${session.studio.url}/keystatic/collection/chapters`);
    const titles = ["De inwoner", "Het huis", "De wijk", "De stad en regio", "De overheid en organisaties"];
    await page.getByRole("row", { name: /De overheid en organisaties/ }).waitFor(slow);
    const rows = await page.getByRole("row").allInnerTexts();
    expect(rows.map((row) => titles.find((title) => row.includes(title))).filter(Boolean)).toEqual(titles);
    const screen = await page.locator("body").innerText();
    expect(screen).toContain("Hoofdstukken");
    expect(screen).toContain("Volgnummer");
    for (const english of ["Name", "Slug", "entries", "Add", "Search", "Dashboard"]) expect(screen).not.toMatch(new RegExp(`\\b${english}\\b`));
  }, 120_000);

  test("a chapter page in the studio has 'Bewerk deze pagina', which opens the chapter in the editor", async () => {
    await page.goto(`${session.studio.url}/huis/`);
    const link = page.getByRole("link", { name: "Bewerk deze pagina" });
    await link.click(slow);
    await expect.poll(() => page.locator("input").first().inputValue().catch(() => ""), { timeout: 60_000 }).toBe("Het huis");
    expect(new URL(page.url()).pathname).toBe("/keystatic/collection/chapters/item/huis");
  }, 120_000);

  test("typing in a paragraph and pressing Opslaan changes that paragraph's line and nothing else", async () => {
    const file = session.project.file("src/content/chapters/inwoner.mdx");
    const before = readFileSync(file, "utf8");
    await page.goto(`${session.studio.url}/keystatic/collection/chapters/item/inwoner`);
    const paragraph = page.locator(".ProseMirror p", { hasText: "Het probleem van overbelasting onder mantelzorgers neemt toe." });
    await paragraph.waitFor(slow);
    await paragraph.click();
    // The caret at the very end of the paragraph (End only reaches the end of a visual line).
    await paragraph.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.type(" Dit is een proef.");
    await page.getByRole("button", { name: "Opslaan" }).click();
    const after = await savedContent(file, "Dit is een proef.");
    const a = before.split("\n");
    const b = after.split("\n");
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
    expect(changed).toHaveLength(1);
    expect(changed[0]![0]).toContain("Het probleem van overbelasting onder mantelzorgers neemt toe.");
    expect(changed[0]![1]).toBe(`${changed[0]![0]} Dit is een proef.`);
  }, 120_000);
});
