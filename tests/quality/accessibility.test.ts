import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { inParallel } from "../support/in-parallel.ts";
import { distDir } from "../support/paths.ts";
import { axeFindings } from "./gates/accessibility.ts";
import { formatFindings, type Finding } from "./gates/findings.ts";
import { maxTitleTop, overlapFindings, titlePositionFindings } from "./gates/first-screen.ts";
import { keyboardFindings } from "./gates/keyboard.ts";
import { reducedMotionFindings, reflowFindings } from "./gates/layout.ts";
import { hasSearchField, useSearch } from "./gates/search.ts";
import { chapterPages } from "./gates/chapter-pages.ts";
import { listPages, pageFile } from "./gates/site-pages.ts";

const baseUrl = inject("baseUrl");
const pages = listPages(distDir);
const chapters = chapterPages(distDir);
const pagesWithSearch = pages.filter((p) => hasSearchField(readFileSync(pageFile(distDir, p), "utf8")));
// The header search on the home page, and the search page itself when there is one.
const searchPages = [...new Set([pagesWithSearch[0], pagesWithSearch.find((p) => p === "/zoeken/")])].filter(
  (p): p is string => p !== undefined,
);

/** The widths of a phone and a desktop screen, in css px. */
const widths = [375, 1280] as const;

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

/**
 * Runs `check` on every page in one browser context of the given shape, in a few tabs at a time:
 * these checks mostly wait for the browser (a page to load, a frame to show each Tab press), and
 * every page is its own tab, so the order does not matter. Findings come in the order of `sitePaths`.
 */
async function onEveryPage(
  options: Parameters<Browser["newContext"]>[0],
  sitePaths: readonly string[],
  check: (page: Page, sitePath: string) => Promise<Finding[]>,
): Promise<Finding[]> {
  const context = await browser.newContext(options);
  try {
    const tabs = await Promise.all(Array.from({ length: Math.min(4, sitePaths.length) }, () => context.newPage()));
    const findings = await inParallel(sitePaths, tabs.length, async (sitePath) => {
      const page = tabs.pop()!;
      try {
        await page.goto(`${baseUrl}${sitePath}`);
        return await check(page, sitePath);
      } finally {
        tabs.push(page);
      }
    });
    return findings.flat();
  } finally {
    await context.close();
  }
}

describe("accessibility (every axe rule for WCAG 2.0/2.1/2.2 A and AA, experimental ones too) on every built page", () => {
  // One tab for the whole sweep: each page is loaded once at 375 px, checked, widened to 1280 px
  // and checked again. No script of the site reads the width, so the widened page is laid out as a
  // page loaded at 1280 px would be (CSS media queries follow the viewport). A new context per
  // page and width cost a third of the sweep's CPU time.
  let tab: Page;
  beforeAll(async () => {
    tab = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await tab?.context().close();
  });

  // One test per page: the full rule set at two widths takes a second or two per page.
  for (const sitePath of pages) {
    it(`${sitePath} has no violations at ${widths.join(" and ")} px wide`, async () => {
      const findings: Finding[] = [];
      for (const [index, width] of widths.entries()) {
        await tab.setViewportSize({ width, height: 900 });
        if (index === 0) await tab.goto(`${baseUrl}${sitePath}`);
        findings.push(...(await axeFindings(tab, `${sitePath} at ${width} px`)));
      }
      expect(findings, formatFindings("Accessibility", findings)).toEqual([]);
    });
  }

  it.skipIf(searchPages.length === 0)("has no violations with the search opened and a query typed", async () => {
    const findings: Finding[] = [];
    for (const width of widths) {
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
  for (const width of widths) {
    it(`every chapter can be read by keyboard at ${width} px: skip link first, focus always visible, no trap`, async () => {
      expect(chapters.length, "no chapter pages found in dist/").toBeGreaterThan(0);
      // Reduced motion: with smooth scrolling a focused element is still gliding into view when measured.
      const shape = { viewport: { width, height: 900 }, reducedMotion: "reduce" as const };
      const findings = await onEveryPage(shape, chapters, (page, sitePath) =>
        keyboardFindings(page, `${sitePath} at ${width} px`),
      );
      expect(findings, formatFindings("Keyboard", findings)).toEqual([]);
    }, sweepTimeout(chapters.length));
  }

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

describe("the first screen of a chapter", () => {
  // What a reader can unfold on a phone: the menu (chapters and search) and the page's contents.
  const unfold = ["summary.site-menu__toggle", "summary.toc-fold__toggle"];

  for (const width of [360, 375, 414]) {
    it(`on a ${width} px phone: the title starts within ${maxTitleTop} px and nothing overlaps, folded or unfolded`, async () => {
      const findings = await onEveryPage({ viewport: { width, height: 667 }, reducedMotion: "reduce" }, chapters, async (page, sitePath) => {
        const label = `${sitePath} at ${width} px`;
        const found = [...(await titlePositionFindings(page, label)), ...(await overlapFindings(page, label))];
        for (const toggle of unfold) {
          if (!(await page.locator(toggle).isVisible())) {
            found.push({ page: label, element: toggle, rule: "folded", message: "no such toggle to unfold on this screen" });
            continue;
          }
          await page.locator(toggle).click();
          found.push(...(await overlapFindings(page, `${label}, ${toggle} open`)));
        }
        return found;
      });
      expect(findings, formatFindings("First screen", findings)).toEqual([]);
    });
  }

  it("on a 1280 px screen: nothing overlaps", async () => {
    const findings = await onEveryPage({ viewport: { width: 1280, height: 900 } }, chapters, (page, sitePath) =>
      overlapFindings(page, `${sitePath} at 1280 px`),
    );
    expect(findings, formatFindings("First screen", findings)).toEqual([]);
  });
});
