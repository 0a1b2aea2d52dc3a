import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import type { Finding } from "./findings.ts";

export interface Budget {
  /** Requests (HTML, CSS, anything but fonts) a first load may make. */
  maxRequestsBeforeFonts: number;
  /** Total gzip-compressed bytes of everything loaded. */
  maxTotalBytes: number;
  maxJavaScriptFiles: number;
  /** Bytes of inline <script> text (uncompressed, it is part of the HTML anyway). */
  maxInlineScriptBytes: number;
}

/** The chapter budget of issue 6: lighter than Starlight's 26.7 KiB in 8 requests. */
export const chapterBudget: Budget = {
  maxRequestsBeforeFonts: 2,
  maxTotalBytes: 25 * 1024,
  maxJavaScriptFiles: 0,
  maxInlineScriptBytes: 1024,
};

export interface LoadedResource {
  url: string;
  type: string;
  gzipBytes: number;
}

export interface PageWeight {
  resources: LoadedResource[];
  /** The page's icon (link rel="icon"): fetched after the page is shown, so not a request "before fonts". */
  iconUrls: string[];
  totalGzipBytes: number;
  inlineScriptBytes: number;
}

/**
 * A first load (empty cache) of `url` in Chromium: every response, gzip-compressed at level 6
 * as a typical server sends it, plus the size of inline scripts.
 */
export async function measureFirstLoad(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const pending: Array<Promise<LoadedResource>> = [];
    page.on("response", (response) => {
      const request = response.request();
      pending.push(
        response
          .body()
          .catch(() => Buffer.alloc(0))
          .then((body) => ({ url: response.url(), type: request.resourceType(), gzipBytes: gzipSync(body, { level: 6 }).length })),
      );
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const inlineScriptBytes = await page.evaluate(() =>
      [...document.querySelectorAll("script:not([src])")]
        .filter((s) => !/json/i.test(s.getAttribute("type") ?? ""))
        .reduce((sum, s) => sum + new TextEncoder().encode(s.textContent ?? "").length, 0),
    );
    const iconUrls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((link) => link.href),
    );
    const resources = await Promise.all(pending);
    return { resources, iconUrls, totalGzipBytes: resources.reduce((sum, r) => sum + r.gzipBytes, 0), inlineScriptBytes };
  } finally {
    await context.close();
  }
}

export function budgetFindings(weight: PageWeight, budget: Budget, label: string): Finding[] {
  const findings: Finding[] = [];
  const list = weight.resources.map((r) => `${r.type} ${new URL(r.url).pathname} ${kib(r.gzipBytes)}`).join(", ");
  const nonFont = weight.resources.filter((r) => r.type !== "font" && !weight.iconUrls.includes(r.url));
  if (nonFont.length > budget.maxRequestsBeforeFonts) {
    findings.push({ page: label, element: list, rule: "budget-requests", message: `${nonFont.length} requests besides fonts, at most ${budget.maxRequestsBeforeFonts} allowed` });
  }
  if (weight.totalGzipBytes > budget.maxTotalBytes) {
    findings.push({ page: label, element: list, rule: "budget-bytes", message: `${kib(weight.totalGzipBytes)} gzipped in total, at most ${kib(budget.maxTotalBytes)} allowed` });
  }
  const scripts = weight.resources.filter((r) => r.type === "script");
  if (scripts.length > budget.maxJavaScriptFiles) {
    for (const s of scripts) {
      findings.push({ page: label, element: s.url, rule: "budget-javascript", message: `JavaScript file of ${kib(s.gzipBytes)} gzipped on first load; a chapter must load without JavaScript files` });
    }
  }
  if (weight.inlineScriptBytes > budget.maxInlineScriptBytes) {
    findings.push({ page: label, element: "script:not([src])", rule: "budget-inline-script", message: `${weight.inlineScriptBytes} bytes of inline script, at most ${budget.maxInlineScriptBytes} allowed` });
  }
  return findings;
}

/** One line per page for the test log, so growth is visible. */
export function describeWeight(label: string, weight: PageWeight): string {
  const parts = weight.resources.map((r) => {
    const kind = weight.iconUrls.includes(r.url) ? "icon (after load, not counted as a request)" : r.type;
    return `${kind} ${kib(r.gzipBytes)}`;
  });
  return `${label}: ${kib(weight.totalGzipBytes)} gzip = ${parts.join(" + ")}; inline script ${weight.inlineScriptBytes} B`;
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
