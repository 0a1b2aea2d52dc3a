// A chapter on a phone: the chapter list and search fold behind "Menu", the page's contents fold
// under the title; both open without JavaScript, by keyboard, and say so to a screen reader.
// On a wide screen both stay open where they always were. (Positions and overlap: the first-screen
// gate in tests/quality/accessibility.test.ts.)
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { accessibleState } from "../support/accessibility-tree.ts";
import { launchBrowser } from "../support/browser.ts";
import { axeFindings } from "../quality/gates/accessibility.ts";
import { formatFindings } from "../quality/gates/findings.ts";

const baseUrl = inject("baseUrl");
const phone = { viewport: { width: 375, height: 667 }, reducedMotion: "reduce" as const };
const menu = "summary.site-menu__toggle";
const contents = "summary.toc-fold__toggle";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(options: Parameters<Browser["newContext"]>[0], sitePath: string): Promise<Page> {
  const context: BrowserContext = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${sitePath}`);
  return page;
}

const visibleLinks = (page: Page, selector: string) =>
  page.locator(`${selector} a`).evaluateAll((links) =>
    links.filter((a) => a.checkVisibility({ visibilityProperty: true })).map((a) => a.textContent?.trim()),
  );

describe("a chapter on a 375 px phone, without JavaScript", () => {
  let page: Page;
  beforeAll(async () => {
    page = await open({ ...phone, javaScriptEnabled: false }, "/huis/");
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it("shows organisation, title and Concept mark, and folds chapters and search behind one collapsed Menu", async () => {
    await expect(page.locator(".site-header__title").innerText()).resolves.toMatch(/^Gemeente Assen\s+Woonzorgvisie Assen$/);
    expect(await page.locator(".status-badge").isVisible()).toBe(true);
    expect(await accessibleState(page, menu)).toEqual({ role: "DisclosureTriangle", name: "Menu", expanded: false });
    expect(await visibleLinks(page, "header")).toEqual(["Gemeente Assen Woonzorgvisie Assen"]);
    expect(await page.locator("#zoeken-veld").isVisible()).toBe(false);
  });

  it("opens by keyboard right after the site title, marks the current chapter, then offers the search field", async () => {
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab"); // skip link, site title, Menu
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Menu");
    await page.keyboard.press("Enter");
    expect(await accessibleState(page, menu)).toMatchObject({ expanded: true });
    expect(await page.locator("details.site-menu").getAttribute("open")).toBe("");
    expect(await visibleLinks(page, ".site-menu")).toEqual([
      "De inwoner",
      "Het huis",
      "De wijk",
      "De stad en regio",
      "De overheid en organisaties",
    ]);

    const current = page.locator('.site-menu a[aria-current="page"]');
    expect(await current.innerText()).toBe("Het huis");
    const weight = (selector: string) => page.locator(selector).evaluate((a) => getComputedStyle(a).fontWeight);
    expect(await weight('.site-menu a[aria-current="page"]'), "the current chapter stands out").not.toBe(await weight('.site-menu a[href="/wijk/"]'));

    for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("De overheid en organisaties");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("zoeken-veld");

    for (let i = 0; i < 6; i++) await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Menu");
    await page.keyboard.press("Space");
    expect(await accessibleState(page, menu)).toMatchObject({ expanded: false });
    expect(await visibleLinks(page, ".site-menu")).toEqual([]);
  });

  it("folds 'Op deze pagina' under the title, closed, and opens it with one tap", async () => {
    expect(await page.locator(".toc").isVisible(), "the wide-screen contents is not shown").toBe(false);
    const title = await page.locator("main h1").boundingBox();
    const toggle = await page.locator(contents).boundingBox();
    expect(toggle!.y, "the contents follows the title").toBeGreaterThan(title!.y + title!.height - 1);
    expect(await accessibleState(page, contents)).toEqual({ role: "DisclosureTriangle", name: "Op deze pagina", expanded: false });
    expect(await visibleLinks(page, ".toc-fold")).toEqual([]);

    await page.locator(contents).click();
    expect(await accessibleState(page, contents)).toMatchObject({ expanded: true });
    expect((await visibleLinks(page, ".toc-fold")).length).toBeGreaterThanOrEqual(2);
    const targets = await page.locator(".toc-fold a").evaluateAll((links) =>
      (links as HTMLAnchorElement[]).map((a) => [a.textContent, document.getElementById(decodeURIComponent(a.hash.slice(1)))?.textContent]),
    );
    for (const [text, heading] of targets) expect(heading, `the heading "${text}" links to`).toBe(text);
  });
});

describe("a chapter on a 375 px phone, with the menu and the contents open", () => {
  it("has no axe violations", async () => {
    const page = await open(phone, "/wijk/");
    await page.locator(menu).click();
    await page.locator(contents).click();
    const findings = await axeFindings(page, "/wijk/ at 375 px, menu and contents open");
    await page.context().close();
    expect(findings, formatFindings("Accessibility", findings)).toEqual([]);
  });
});

describe("a chapter on a 1280 px screen", () => {
  it("shows search, chapter band and contents open, with nothing to unfold", async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } }, "/wijk/");
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll(".site-menu__toggle, #zoeken-veld, .chapter-nav, .toc, .toc-fold__toggle")]
        .filter((el) => el.checkVisibility())
        .map((el) => el.id || el.className),
    );
    expect(await visibleLinks(page, ".chapter-nav")).toHaveLength(5);
    expect(await visibleLinks(page, ".toc")).toEqual(["Ambities", "Inzicht uit onderzoek / trends en ontwikkelingen"]);
    await page.context().close();
    expect(shown).toEqual(["zoeken-veld", "chapter-nav", "toc"]);
  });
});

describe("printing a chapter from a phone", () => {
  it("prints title, Concept mark and chapter, without menu or folded contents", async () => {
    const page = await open(phone, "/inwoner/");
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll(".site-menu, .toc-fold, .toc, .chapter-nav, [role=search]")]
        .filter((el) => getComputedStyle(el).display !== "none")
        .map((el) => el.className),
    );
    const header = await page.locator(".site-header__title").isVisible();
    const mark = await page.locator(".status-badge").isVisible();
    await page.context().close();
    expect(shown).toEqual([]);
    expect({ header, mark }).toEqual({ header: true, mark: true });
  });
});
