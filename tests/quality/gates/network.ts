import type { Page } from "playwright-core";
import type { Finding } from "./findings.ts";

/** What a page did while it was loaded and used: requests to other hosts, CSP violations, console errors. */
export interface PageActivity {
  /** Same-origin requests, in order (to check that, say, the search really loaded). */
  ownRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
  consoleErrors: string[];
}

/**
 * Starts recording on a fresh page, before its first navigation. Requests to any host other
 * than `baseUrl`'s are aborted (this machine has no network; a real visitor's browser would
 * leak the visit) and remembered. CSP violations are caught from the DOM event and the console.
 */
export async function recordActivity(page: Page, baseUrl: string): Promise<PageActivity> {
  const activity: PageActivity = { ownRequests: [], foreignRequests: [], cspViolations: [], consoleErrors: [] };
  const origin = new URL(baseUrl).origin;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (new URL(url).origin === origin) {
      activity.ownRequests.push(url);
      return route.continue();
    }
    activity.foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  await page.exposeBinding("__wzvReportCsp", (_source, text: string) => {
    activity.cspViolations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : "";
      const sample = e.sample ? ` (${e.sample.slice(0, 60)})` : "";
      (window as unknown as { __wzvReportCsp(t: string): void }).__wzvReportCsp(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"}${where}${sample}`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") activity.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => activity.consoleErrors.push(`uncaught: ${error.message}`));
  return activity;
}

export function thirdPartyFindings(activity: PageActivity, label: string): Finding[] {
  return [...new Set(activity.foreignRequests)].map((url) => ({
    page: label,
    element: url,
    rule: "third-party-request",
    message: `request to another host (${new URL(url).host}); serve it from the site itself or drop it`,
  }));
}

export function cspFindings(activity: PageActivity, label: string): Finding[] {
  const fromEvents = activity.cspViolations.map((text) => ({
    page: label,
    element: text,
    rule: "csp-violation",
    message: "the Content-Security-Policy blocked this; move styles/scripts into files or let Astro hash them",
  }));
  // Console errors other than ones the CSP events already explain, and other than our own aborts.
  const fromConsole = activity.consoleErrors
    .filter((text) => !text.includes("ERR_BLOCKED_BY_CLIENT"))
    .filter((text) => !(activity.cspViolations.length > 0 && /Content Security Policy/i.test(text)))
    .map((text) => ({ page: label, element: text.slice(0, 300), rule: "console-error", message: "the browser reported an error" }));
  return [...fromEvents, ...fromConsole];
}
