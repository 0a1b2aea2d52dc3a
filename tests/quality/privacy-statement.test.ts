/**
 * The privacy statement /privacy/: linked from every footer, it says only what the project can
 * vouch for, and these tests hold those claims (nothing from other hosts: network.test.ts, which
 * loads every page). What only the gemeente can say stays visible as open points.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { allPages, loadPage, textOf } from "../support/dist.ts";
import { distDir } from "../support/paths.ts";

describe("the privacy statement /privacy/", () => {
  const page = loadPage("/privacy/");

  it("says what the site does not do, what the search does, what the web server receives and where to ask", () => {
    const headings = [...page.querySelectorAll("h1, h2")].map((h) => textOf(h).replace(/\u00ad/g, ""));
    expect(headings).toEqual(["Privacyverklaring", "Wat deze website niet doet", "Zoeken", "Wat de webserver ontvangt", "Vragen over privacy"]);
    const text = textOf(page.querySelector("main"));
    for (const claim of ["geen cookies", "laadt niets van andere websites", "geen formulieren", "De woorden zelf worden niet verstuurd"]) expect(text).toContain(claim);
  });

  it("keeps what only the gemeente can say visible as open points: the server's logs and the contact", () => {
    const openPoints = [...page.querySelectorAll(".open-point")].map(textOf);
    expect(openPoints).toEqual([expect.stringMatching(/logboek.*hoe lang/), expect.stringMatching(/contactadres voor vragen over privacy/)]);
    expect(textOf(page.querySelector("main"))).not.toMatch(/@/);
  });

  it("is linked from the footer of every page", () => {
    const missing = allPages().filter((sitePath) => !loadPage(sitePath).querySelector('footer a[href="/privacy/"]'));
    expect(missing, "pages without the footer link to /privacy/").toEqual([]);
  });
});

describe("what the statement claims", () => {
  it("no script of the site sets a cookie or keeps anything in the browser", () => {
    const storage = /document\.cookie|localStorage|sessionStorage|indexedDB|caches\.open/;
    const scripts: { where: string; text: string }[] = [];
    for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.m?js$/.test(entry.name)) scripts.push({ where: path.join(entry.parentPath, entry.name), text: readFileSync(path.join(entry.parentPath, entry.name), "utf8") });
    }
    for (const sitePath of allPages()) {
      for (const script of loadPage(sitePath).querySelectorAll("script:not([src])")) scripts.push({ where: `${sitePath} (inline)`, text: script.textContent ?? "" });
    }
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => storage.test(script.text)).map((script) => script.where)).toEqual([]);
  });

  it("every page asks the browser not to tell another site which page a followed link came from", () => {
    const without = allPages().filter((sitePath) => loadPage(sitePath).querySelector('meta[name="referrer"]')?.getAttribute("content") !== "no-referrer");
    expect(without).toEqual([]);
  });

  describe("in Chromium", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("searching sends no typed word: only files of the index travel, and no cookie is set", async () => {
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        const requests: string[] = [];
        tab.on("request", (request) => requests.push(request.url()));
        await tab.goto(`${inject("baseUrl")}/zoeken/`, { waitUntil: "load" });
        await tab.locator("#zoekpagina-veld").pressSequentially("mantelzorgers", { delay: 20 });
        await expect.poll(() => tab.locator("#zoekpagina-resultaten a").count(), { timeout: 10_000 }).toBeGreaterThan(0);
        expect(requests.some((url) => url.includes("/pagefind/")), "the search ran").toBe(true);
        expect(requests.filter((url) => /mantelzorg/i.test(decodeURIComponent(url)))).toEqual([]);
        expect(await context.cookies()).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
