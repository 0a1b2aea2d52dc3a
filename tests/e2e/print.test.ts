// Printing a single chapter from the browser: the chapter alone, whole, with link addresses.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";

describe("printing a chapter from the browser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
    await page.goto(`${inject("baseUrl")}/wijk/`);
    await page.emulateMedia({ media: "print" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("hides navigation, search, buttons and the in-page contents", async () => {
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll(
        ".skip-link, .chapter-nav, .site-menu, .toc, .toc-fold, .prev-next, .pdf-link, button, input, [role=search], .site-header__bar > :not(.site-header__title):not(.status-badge)",
      )]
        .filter((el) => getComputedStyle(el).display !== "none")
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(shown).toEqual([]);
  });

  it("keeps the chapter text, the document's name and its status", async () => {
    expect(await page.locator("main h1").isVisible()).toBe(true);
    expect(await page.locator(".site-header__title").isVisible()).toBe(true);
    const article = await page.locator("main article").boundingBox();
    expect(article?.width, "the text uses the page's width").toBeGreaterThan(600);
  });

  it("follows an external link with its address", async () => {
    await page.evaluate(() => {
      const link = document.createElement("a");
      link.href = "https://www.assen.nl/";
      link.textContent = "Gemeente Assen";
      link.id = "print-test-link";
      document.querySelector("main article")?.append(link);
    });
    const after = await page.evaluate(
      () => getComputedStyle(document.getElementById("print-test-link")!, "::after").content,
    );
    expect(after).toContain("https://www.assen.nl/");
  });

  it("keeps figures, tables and headings from being split or stranded", async () => {
    const rules = await page.evaluate(() => ({
      heading: getComputedStyle(document.querySelector("main h2")!).breakAfter,
      table: document.querySelector("main table") ? getComputedStyle(document.querySelector("main table tr")!).breakInside : "avoid",
      // The chart with its frame; a figure's data table may follow on the next page.
      figure: document.querySelector("main figure svg")
        ? getComputedStyle(document.querySelector("main figure svg")!.parentElement!).breakInside
        : "avoid",
    }));
    expect(rules).toEqual({ heading: "avoid", table: "avoid", figure: "avoid" });
  });

  it("shows a figure's data table that is folded away on screen", async () => {
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll("main details table")].filter((table) => (table as HTMLElement).offsetHeight === 0).length,
    );
    expect(hidden).toBe(0);
  });
});
