import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeFindings } from "../quality/gates/accessibility.ts";
import { formatFindings } from "../quality/gates/findings.ts";
import { launchBrowser } from "../support/browser.ts";

// Figures as a reader on a 320 px phone and on a desktop sees them, with their tables opened.

const pages = ["/inwoner/", "/huis/", "/wijk/", "/stad-en-regio/"];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([320, 1280])("figures at %i px", (width) => {
  // One tab per width, for the four pages in turn.
  let tab: Page;
  beforeAll(async () => {
    tab = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await tab?.context().close();
  });

  it.each(pages)("%s: fit the screen, keep labels legible and pass axe with their tables open", async (page) => {
    await tab.goto(`${inject("baseUrl")}${page}`);
    await tab.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const figures = await tab.$$eval("figure.figure", (nodes) =>
      nodes.map((figure) => {
        const svg = figure.querySelector("svg")!;
        const box = svg.getBoundingClientRect();
        const viewBoxWidth = Number(svg.getAttribute("viewBox")!.split(" ")[2]);
        return {
          id: figure.id,
          right: Math.max(box.right, ...[...figure.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right)),
          // Chart text is drawn at 16 units; what a reader gets is that, scaled with the SVG.
          labelPx: (16 * box.width) / viewBoxWidth,
        };
      }),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.right, figure.id).toBeLessThanOrEqual(width);
      expect(figure.labelPx, figure.id).toBeGreaterThanOrEqual(11);
      expect(figure.labelPx, figure.id).toBeLessThanOrEqual(22);
    }
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The gate's rules (every WCAG A/AA rule and axe's settled best practice) on the open figures and tables.
    const findings = await axeFindings(tab, `${page} at ${width} px, tables open`, { include: ["figure.figure", ".data-table"] });
    expect(findings, formatFindings("Figures", findings)).toEqual([]);
  });
});

describe("figures on paper (the PDF is printed from the pages)", () => {
  it("hide their table on screen until asked, and print it without the control", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    try {
      const tab = await context.newPage();
      await tab.goto(`${inject("baseUrl")}/inwoner/`);
      const table = tab.locator("#figuur-eenzaamheid table");
      const summary = tab.locator("#figuur-eenzaamheid summary");
      expect(await table.isVisible()).toBe(false);
      expect(await summary.isVisible()).toBe(true);
      await tab.emulateMedia({ media: "print" });
      expect(await table.isVisible()).toBe(true);
      expect(await summary.isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
