import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { distDir } from "../support/paths";
import { axeFindings } from "./gates/accessibility";
import { formatFindings, type Finding } from "./gates/findings";
import { keyboardFindings } from "./gates/keyboard";
import { reducedMotionFindings, reflowFindings } from "./gates/layout";
import { hasSearchField, useSearch } from "./gates/search";
import { chapterPages } from "./gates/chapter-pages";
import { listPages, pageFile } from "./gates/site-pages";

const baseUrl = inject("baseUrl");
const pages = listPages(distDir);
const chapters = chapterPages(distDir);
const pagesWithSearch = pages.filter((p) => hasSearchField(readFileSync(pageFile(distDir, p), "utf8")));
// The header search on the home page, and the search page itself when there is one.
const searchPages = [...new Set([pagesWithSearch[0], pagesWithSearch.find((p) => p === "/zoeken/")])].filter(
  (p): p is string => p !== undefined,
);

/** Each sweep visits every page (or every chapter), so its time grows with the site: every
 * released edition adds its pages. A busy 2-core machine needs a few seconds a page for axe. */
const sweepTimeout = (count: number) => Math.max(60_000, count * 6_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs `check` on every page in one browser context of the given shape, pages in sequence. */
async function onEveryPage(
  options: Parameters<Browser["newContext"]>[0],
  sitePaths: readonly string[],
  check: (page: import("playwright-core").Page, sitePath: string) => Promise<Finding[]>,
): Promise<Finding[]> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const findings: Finding[] = [];
  try {
    for (const sitePath of sitePaths) {
      await page.goto(`${baseUrl}${sitePath}`);
      findings.push(...(await check(page, sitePath)));
    }
  } finally {
    await context.close();
  }
  return findings;
}

describe("accessibility (WCAG 2.1 A/AA and 2.2 AA, axe-core) on every built page", () => {
  for (const width of [375, 1280]) {
    it(`has no violations at ${width} px wide`, async () => {
      const findings = await onEveryPage({ viewport: { width, height: 900 } }, pages, (page, sitePath) =>
        axeFindings(page, `${sitePath} at ${width} px`),
      );
      expect(findings, formatFindings("Accessibility", findings)).toEqual([]);
    }, sweepTimeout(pages.length));
  }

  it.skipIf(searchPages.length === 0)("has no violations with the search opened and a query typed", async () => {
    const findings: Finding[] = [];
    for (const width of [375, 1280]) {
      findings.push(
        ...(await onEveryPage({ viewport: { width, height: 900 } }, searchPages, async (page, sitePath) => {
          await useSearch(page, sitePath === "/zoeken/" ? "mantelzorg" : "wonen");
          return axeFindings(page, `${sitePath} with search open at ${width} px`);
        })),
      );
    }
    expect(findings, formatFindings("Accessibility with search", findings)).toEqual([]);
  });
});

describe("keyboard, zoom and motion", () => {
  it("every chapter can be read by keyboard: skip link first, focus always visible, no trap", async () => {
    expect(chapters.length, "no chapter pages found in dist/").toBeGreaterThan(0);
    // Reduced motion: with smooth scrolling a focused element is still gliding into view when measured.
    const shape = { viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" as const };
    const findings = await onEveryPage(shape, chapters, (page, sitePath) =>
      keyboardFindings(page, sitePath),
    );
    expect(findings, formatFindings("Keyboard", findings)).toEqual([]);
  }, sweepTimeout(chapters.length));

  it("every page reflows at 200% zoom (640 css px of a 1280 px screen) without horizontal scrolling", async () => {
    const findings = await onEveryPage(
      { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
      pages,
      (page, sitePath) => reflowFindings(page, `${sitePath} at 200%`),
    );
    expect(findings, formatFindings("Zoom 200%", findings)).toEqual([]);
  }, sweepTimeout(pages.length));

  it("respects prefers-reduced-motion: no animation, no smooth scrolling", async () => {
    const findings = await onEveryPage({ reducedMotion: "reduce" }, pages, (page, sitePath) =>
      reducedMotionFindings(page, sitePath),
    );
    expect(findings, formatFindings("Reduced motion", findings)).toEqual([]);
  }, sweepTimeout(pages.length));
});
