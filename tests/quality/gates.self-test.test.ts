import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { projectRoot } from "../support/paths.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import axe from "axe-core";
import { axeFindings, gateRules } from "./gates/accessibility.ts";
import { formatFindings } from "./gates/findings.ts";
import { headingOrderFindings } from "./gates/heading-order.ts";
import { htmlValidityFindings } from "./gates/html-validity.ts";
import { keyboardFindings } from "./gates/keyboard.ts";
import { overlapFindings, titlePositionFindings } from "./gates/first-screen.ts";
import { reducedMotionFindings, reflowFindings, tableFindings } from "./gates/layout.ts";
import { linkFindings } from "./gates/links.ts";
import { cspFindings, recordActivity, thirdPartyFindings } from "./gates/network.ts";
import { budgetFindings, chapterBudget, measureFirstLoad } from "./gates/page-weight.ts";

/** The gates must be able to fail: each one runs on a small site with one deliberate fault of its kind. */
const fixture = path.join(projectRoot, "tests", "fixtures", "broken-site");

/** 60 KiB of script that gzip cannot shrink much (a hash chain in base64, the same every run). */
function bigScript(bytes = 60 * 1024): string {
  const chunks: string[] = [];
  let block = createHash("sha512").update("wzv").digest();
  for (let length = 0; length < bytes - 40; length += 88) {
    block = createHash("sha512").update(block).digest();
    chunks.push(block.toString("base64"));
  }
  return `window.__big = "${chunks.join("").slice(0, bytes - 40)}";\n`;
}

let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), "wzv-broken-site-"));
  cpSync(fixture, site, { recursive: true });
  writeFileSync(path.join(site, "big.js"), bigScript());
  server = await serveStatic(site);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe("each gate fails on a deliberately broken page, naming page and element", () => {
  it("accessibility: a missing alt text, a name without its visible label, and an experimental rule", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/broken/`);
    const findings = await axeFindings(page, "/broken/ at 1280 px");
    await page.context().close();
    const report = formatFindings("Accessibility", findings);
    expect(report).toContain("/broken/ at 1280 px");
    expect(findings).toContainEqual(expect.objectContaining({ rule: "image-alt", element: "img" }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: "label-content-name-mismatch", element: 'a[href="/"]' }));
    // td-has-header is tagged experimental: axe skips it when rules are chosen by tag alone.
    expect(findings).toContainEqual(expect.objectContaining({ rule: "td-has-header" }));
  });

  it("keyboard: no skip link first", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/broken/`);
    const findings = await keyboardFindings(page, "/broken/");
    await page.context().close();
    expect(findings).toContainEqual(expect.objectContaining({ page: "/broken/", rule: "skip-link-first" }));
  });

  it("zoom 200%: an element wider than the zoomed-in screen, and clipped text", async () => {
    const page = await (await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 })).newPage();
    await page.goto(`${server.url}/motion/`);
    const findings = await reflowFindings(page, "/motion/ at 200%");
    await page.context().close();
    expect(findings).toContainEqual(expect.objectContaining({ page: "/motion/ at 200%", element: "html", rule: "reflow" }));
    expect(findings).toContainEqual(expect.objectContaining({ element: "p.wide", message: expect.stringMatching(/extends to 15\d\d px/) }));
    expect(findings).toContainEqual(expect.objectContaining({ element: "p.clipped", message: expect.stringMatching(/content is cut off/) }));
  });

  it("tables on a phone: columns out of sight in a scroll box, a hidden column, a caption cut off", async () => {
    const page = await (await browser.newContext({ viewport: { width: 375, height: 667 } })).newPage();
    await page.goto(`${server.url}/tables/`);
    const findings = await tableFindings(page, "/tables/ at 375 px");
    await page.context().close();
    const messages = findings.map((f) => `${f.element}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^table 1 tbody row 1 cell 6 "1": is cut off by div\.scroller, which shows \d+ px of \d+ px$/),
        'table 2 tbody row 1 cell 2 "56%": is not shown',
        expect.stringMatching(/^table 2 caption "Getallen uit de cijfers die anders luide": its text needs \d+ px in a \d+ px wide cell$/),
      ]),
    );
    expect(findings.every((f) => f.page === "/tables/ at 375 px" && f.rule === "table-reflow")).toBe(true);
    // The first cells of the scrolled table are in sight.
    expect(messages.filter((m) => m.startsWith("table 1 tbody row 1 cell 1 "))).toEqual([]);
  });

  it("first screen on a phone: a title pushed below 160 px, and a mark over the site title", async () => {
    const page = await (await browser.newContext({ viewport: { width: 375, height: 667 } })).newPage();
    await page.goto(`${server.url}/phone/`);
    const findings = [...(await titlePositionFindings(page, "/phone/ at 375 px")), ...(await overlapFindings(page, "/phone/ at 375 px"))];
    await page.context().close();
    expect(findings).toContainEqual(
      expect.objectContaining({ page: "/phone/ at 375 px", element: "h1", rule: "title-position", message: expect.stringMatching(/^h1 starts \d+ px from the top, at most 160 allowed$/) }),
    );
    expect(findings).toContainEqual(expect.objectContaining({ element: "a.title / strong.badge", rule: "overlap" }));
    // The chapter links stacked one under another touch nothing.
    expect(findings.filter((f) => f.rule === "overlap")).toHaveLength(1);
  });

  it("reduced motion: an animation and smooth scrolling that ignore the reader's setting", async () => {
    const page = await (await browser.newContext({ reducedMotion: "reduce" })).newPage();
    await page.goto(`${server.url}/motion/`);
    const findings = await reducedMotionFindings(page, "/motion/");
    await page.context().close();
    expect(findings.map((f) => `${f.element}: ${f.message}`)).toEqual(
      expect.arrayContaining([
        "html: scroll-behavior is smooth despite prefers-reduced-motion",
        'p.spinner: animation "spin" runs despite prefers-reduced-motion',
      ]),
    );
  });

  it("valid HTML: a missing alt text", async () => {
    const findings = await htmlValidityFindings(site, path.join(projectRoot, ".htmlvalidate.json"));
    expect(formatFindings("Valid HTML", findings)).toMatch(/\/broken\/ {2}#inhoud > img.*\n.*\[wcag\/h37\] <img> is missing required "alt" attribute/);
  });

  it("headings in reading order: a table of contents' heading before the h1", () => {
    expect(headingOrderFindings(site)).toEqual([
      {
        page: "/headings/",
        element: '<h2 id="inhoud-titel"> "Op deze pagina"',
        rule: "heading-before-h1",
        message: 'comes before the page\'s h1 <h1> "Het huis"',
      },
    ]);
  });

  it("whole links: a dead link and a dead anchor", () => {
    const findings = linkFindings(site);
    expect(findings).toEqual([
      expect.objectContaining({ page: "/broken/", rule: "dead-link", element: '<a href="/bestaat-niet/"> "een pagina die niet bestaat"' }),
      expect.objectContaining({ page: "/broken/", rule: "dead-anchor", message: '/ has no element with id="nergens"' }),
    ]);
  });

  it("no third parties: a font from another host", async () => {
    const page = await (await browser.newContext()).newPage();
    const activity = await recordActivity(page, server.url);
    await page.goto(`${server.url}/broken/`, { waitUntil: "networkidle" });
    await page.context().close();
    expect(thirdPartyFindings(activity, "/broken/")).toEqual([
      expect.objectContaining({ page: "/broken/", element: "https://fonts.googleapis.com/css2?family=Roboto", rule: "third-party-request" }),
    ]);
  });

  it("CSP: an inline style attribute under a strict policy", async () => {
    const page = await (await browser.newContext()).newPage();
    const activity = await recordActivity(page, server.url);
    await page.goto(`${server.url}/csp/`, { waitUntil: "networkidle" });
    await page.context().close();
    const report = formatFindings("CSP", cspFindings(activity, "/csp/"));
    expect(report).toContain("/csp/");
    expect(report).toContain("style-src-attr blocked inline");
  });

  it("page-weight budget: a 60 KiB script", async () => {
    const weight = await measureFirstLoad(browser, `${server.url}/broken/`);
    const findings = budgetFindings(weight, chapterBudget, "/broken/");
    expect(findings.map((f) => f.rule).sort()).toEqual(["budget-bytes", "budget-javascript", "budget-requests"]);
    expect(formatFindings("Page weight", findings)).toMatch(/\/broken\/ {2}http:\/\/127\.0\.0\.1:\d+\/big\.js\n.*\[budget-javascript\]/);
  });
});

describe("the accessibility gate's rule choice follows axe-core's rule metadata", () => {
  it("takes a rule of a new WCAG 2.x A/AA level, also when experimental, and leaves AAA and unsettled best practice", () => {
    const chosen = gateRules([
      { ruleId: "new-wcag22-rule", tags: ["cat.forms", "wcag22a", "wcag3210", "experimental"] },
      { ruleId: "new-aaa-rule", tags: ["wcag2aaa", "wcag147"] },
      { ruleId: "obsolete-parsing-rule", tags: ["wcag2a-obsolete", "wcag411", "deprecated"] },
      { ruleId: "trial-best-practice", tags: ["best-practice", "experimental"] },
      { ruleId: "settled-best-practice", tags: ["best-practice"] },
    ]);
    expect(chosen).toEqual(["new-wcag22-rule", "settled-best-practice"]);
  });

  it("runs every rule the installed axe-core tags wcag2a, wcag2aa, wcag21a, wcag21aa or wcag22aa", () => {
    const levels = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    const wcag = axe.getRules(levels).map((rule) => rule.ruleId);
    expect(wcag).toContain("label-content-name-mismatch");
    expect(gateRules()).toEqual(expect.arrayContaining(wcag));
    const experimental = axe.getRules(["experimental"]).filter((rule) => rule.tags.some((tag) => levels.includes(tag)));
    expect(experimental.length, "axe-core has experimental WCAG rules to run").toBeGreaterThan(0);
  });
});
