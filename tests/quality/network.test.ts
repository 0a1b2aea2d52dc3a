import path from "node:path";
import { parseHTML } from "linkedom";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { inParallel } from "../support/in-parallel.ts";
import { distDir, projectRoot } from "../support/paths.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import { chapterPages } from "./gates/chapter-pages.ts";
import { formatFindings, type Finding } from "./gates/findings.ts";
import { readHeadersFile } from "./gates/headers-file.ts";
import { cspFindings, recordActivity, thirdPartyFindings } from "./gates/network.ts";
import { budgetFindings, chapterBudget, describeWeight, measureFirstLoad } from "./gates/page-weight.ts";
import { hasSearchField, useSearch } from "./gates/search.ts";
import { listPages, pageFile } from "./gates/site-pages.ts";

const headersFile = path.join(projectRoot, "public", "_headers");
const pages = listPages(distDir);

// This file serves dist/ itself, with the headers of public/_headers applied as a static host would.
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(distDir, readHeadersFile(headersFile));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("security headers (public/_headers)", () => {
  it("sends HSTS, a CSP with frame-ancestors, nosniff, a referrer and a permissions policy", async () => {
    const response = await fetch(`${server.url}/`);
    const headers = Object.fromEntries(response.headers);
    expect(headers["strict-transport-security"]).toMatch(/max-age=(\d{8,}|3153600\d)/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
    expect(headers["permissions-policy"]).toBeTruthy();
  });

  it("every page carries Astro's CSP meta tag without 'unsafe-inline'", () => {
    const findings: Finding[] = [];
    for (const sitePath of pages) {
      const html = readFileSync(pageFile(distDir, sitePath), "utf8");
      const meta = parseHTML(html).document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content");
      if (!meta) findings.push({ page: sitePath, element: "head", rule: "csp-missing", message: "no CSP <meta> tag" });
      else if (meta.includes("unsafe-inline") || meta.includes("'unsafe-eval'")) {
        findings.push({ page: sitePath, element: "meta[http-equiv=content-security-policy]", rule: "csp-unsafe", message: meta });
      }
    }
    expect(findings, formatFindings("CSP meta", findings)).toEqual([]);
  });
});

describe("loading and searching every page, with the headers applied", () => {
  it("makes no request to another host and no CSP violation", async () => {
    const context = await browser.newContext();
    let visits: Array<{ searched: boolean; ownRequests: string[]; thirdParty: Finding[]; csp: Finding[] }>;
    try {
      // Each page waits for an idle network twice (loaded, then searched): four tabs at a time.
      visits = await inParallel(pages, 4, async (sitePath) => {
        const page = await context.newPage();
        const activity = await recordActivity(page, server.url);
        await page.goto(`${server.url}${sitePath}`, { waitUntil: "networkidle" });
        const searched = hasSearchField(readFileSync(pageFile(distDir, sitePath), "utf8")) && (await useSearch(page));
        const label = searched ? `${sitePath} (search used)` : sitePath;
        await page.close();
        return { searched, ownRequests: activity.ownRequests, thirdParty: thirdPartyFindings(activity, label), csp: cspFindings(activity, label) };
      });
    } finally {
      await context.close();
    }
    const thirdParty = visits.flatMap((visit) => visit.thirdParty);
    const csp = visits.flatMap((visit) => visit.csp);
    const searchFiles = visits.flatMap((visit) => (visit.searched ? visit.ownRequests.filter((url) => url.includes("/pagefind/")) : []));
    expect(thirdParty, formatFindings("No third parties", thirdParty)).toEqual([]);
    // The search must really have run (its WebAssembly and index loaded), or the CSP check proves little.
    expect(searchFiles.some((url) => url.endsWith(".wasm") || url.includes("wasm")), searchFiles.join("\n")).toBe(true);
    expect(csp, formatFindings("Content-Security-Policy", csp)).toEqual([]);
    // Every page is loaded and searched, so the time grows with the site (editions add pages).
  }, Math.max(60_000, pages.length * 6_000));
});

describe("page-weight budget of a chapter's first load", () => {
  it("stays within 2 requests before fonts, 25 KiB gzip, no JavaScript file, 1 KiB inline script", async () => {
    const chapters = chapterPages(distDir);
    expect(chapters.length, "no chapter pages found in dist/").toBeGreaterThan(0);
    // Each first load has a context (an empty cache) of its own; four at a time.
    const weights = await inParallel(chapters, 4, (sitePath) => measureFirstLoad(browser, `${server.url}${sitePath}`));
    const findings = chapters.flatMap((sitePath, index) => {
      console.log(`page weight ${describeWeight(sitePath, weights[index]!)}`);
      return budgetFindings(weights[index]!, chapterBudget, sitePath);
    });
    expect(findings, formatFindings("Page weight", findings)).toEqual([]);
  }, 120_000);
});
