/**
 * The search as a reader uses it, in headless Chromium against the built site:
 * nothing of it loads with a chapter, the keyboard alone finds a passage, and what the
 * reader typed is shown as text.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { allPages, loadPage } from "../support/dist.ts";
import { distDir } from "../support/paths.ts";
import { serveStatic } from "../support/static-server.ts";

let browser: Browser;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const header = ".site-search--header";
/** Loading Pagefind on a busy 2-core machine can take longer than the default second. */
const poll = { timeout: 5_000 };

async function openPage(path: string, requests: string[] = []): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
  return page;
}

describe("header search", () => {
  it("loads nothing of the search with a chapter; typing finds the passage and Enter goes to its section", async () => {
    const requests: string[] = [];
    const page = await openPage("/inwoner/", requests);
    await page.waitForTimeout(200);
    expect(requests.filter((p) => p.startsWith("/pagefind/") || p.endsWith(".js"))).toEqual([]);

    // Keyboard only: Tab to the field, type, arrow down to the first result, Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.matches(".site-search--header input"))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("q");
    await page.keyboard.type("eenzaam", { delay: 30 });
    const live = page.locator(`${header} [role=status]`);
    await expect.poll(() => live.textContent(), poll).toMatch(/gevonden voor “eenzaam”/);
    expect(requests.some((p) => p.startsWith("/pagefind/"))).toBe(true);
    expect(await page.locator(`${header} .search-hit__chapter`).first().textContent()).toBe("De inwoner");
    expect(await page.locator(`${header} .search-hit mark`).count()).toBeGreaterThan(0);

    await page.keyboard.press("ArrowDown");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(href).toMatch(/^\/inwoner\/#.+/);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.hash.length > 1);
    const url = new URL(page.url());
    expect(url.pathname + url.hash).toBe(href);
    const target = await page.evaluate(
      (id) => document.getElementById(id)?.tagName,
      decodeURIComponent(url.hash.slice(1)),
    );
    expect(target).toMatch(/^H[23]$/);
    await page.close();
  });

  it("says so when nothing is found; a click in the results keeps them, Escape closes them", async () => {
    const page = await openPage("/wijk/");
    await page.click(`${header} input`);
    await page.keyboard.type("xylofoonzaagvis");
    await expect.poll(() => page.locator(`${header} [role=status]`).textContent(), poll).toBe("Geen resultaten voor “xylofoonzaagvis”");
    expect(await page.locator(`${header} [data-search-panel]`).isVisible()).toBe(true);
    // Clicking text in the panel (to select it, say) keeps the panel open.
    await page.click(`${header} [data-search-summary]`);
    expect(await page.locator(`${header} [data-search-panel]`).isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.locator(`${header} [data-search-panel]`).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("q");
    await page.close();
  });
});

describe("search page", () => {
  it("shows a query with <, \" and & as text, never as HTML", async () => {
    const query = `<b id="x">"Lariks" & <i>`;
    const page = await openPage(`/zoeken/?q=${encodeURIComponent(query)}`);
    const form = ".site-search--page";
    await expect.poll(() => page.locator(`${form} [data-search-summary]`).textContent(), poll).toMatch(/voor “/);
    expect(await page.locator(`${form} [data-search-summary]`).textContent()).toContain(`“${query}”`);
    expect(await page.inputValue(`${form} input`)).toBe(query);
    expect(await page.locator("#x, main b, main i").count()).toBe(0);
    await page.close();
  });

  it("keeps the query and chapter filter in a shareable URL", async () => {
    const page = await openPage("/zoeken/?q=Lariks&hoofdstuk=De%20wijk");
    const form = ".site-search--page";
    await expect.poll(() => page.locator(`${form} .search-hit__chapter`).allTextContents(), poll).toEqual(["De wijk"]);
    await page.selectOption(`${form} select`, "");
    await expect.poll(() => page.locator(`${form} .search-hit__chapter`).count(), poll).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get("hoofdstuk")).toBeNull();
    expect(new URL(page.url()).searchParams.get("q")).toBe("Lariks");
    await page.close();
  });
});

describe("what the results say", () => {
  const form = ".site-search--page";

  it("says “Geen resultaten” for a word that is in no page, also where Pagefind matches a word it starts with", async () => {
    const page = await openPage("/zoeken/?q=tevredenheid");
    await expect.poll(() => page.locator(`${form} [data-search-summary]`).textContent(), poll).toBe("Geen resultaten voor “tevredenheid”");
    expect(await page.locator(`${form} .search-hit`).count()).toBe(0);
    await page.close();
  });

  it("counts chapters as chapters and the data page as another page", async () => {
    const page = await openPage("/zoeken/?q=zorg");
    const summary = page.locator(`${form} [data-search-summary]`);
    await expect.poll(() => summary.textContent(), poll).toMatch(/gevonden voor “zorg”$/);
    const hits = await page.locator(`${form} .search-hit__chapter`).allTextContents();
    expect(hits).toContain("Gebruikte cijfers");
    expect(await summary.textContent()).toBe(`${hits.length - 1} hoofdstukken en 1 andere pagina gevonden voor “zorg”`);
    await page.close();
  });
});

describe("what the search index holds", () => {
  it("every word of every searchable page as the reader sees it: none run together (as Pagefind did at <dt>, <th>, <caption>)", async () => {
    const searchable = allPages().filter((sitePath) => loadPage(sitePath).querySelector("[data-pagefind-body]"));
    const page = await openPage("/zoeken/");
    // As a string: Vitest would rewrite an import() in a function it passes to the page.
    const indexed: { url: string; content: string }[] = await page.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      const found = await pagefind.search("de");
      return Promise.all(found.results.map((result) => result.data()));
    })()`);
    expect(indexed.map(({ url }) => url).sort()).toEqual(searchable);
    const word = (text: string) => text.toLowerCase().normalize("NFD").replace(/[^\p{L}\p{N}]+/gu, "");
    for (const { url, content } of indexed) {
      await page.goto(`${baseUrl}${url}`);
      // Tables of values are in closed <details>: open them, as a reader would, to see their words.
      const seen = await page.evaluate(() => {
        for (const details of document.querySelectorAll("details")) details.open = true;
        return (document.querySelector("[data-pagefind-body]") as HTMLElement).innerText;
      });
      const seenWords = new Set(seen.split(/\s+/).map(word));
      const runTogether = [...new Set(content.split(/\s+/).map(word))].filter((w) => w !== "" && !seenWords.has(w));
      expect({ url, runTogether }).toEqual({ url, runTogether: [] });
    }
    await page.close();
  });
});

describe("under a strict Content-Security-Policy", () => {
  it("searches with only the hashed inline loader, 'self' and 'wasm-unsafe-eval' allowed", async () => {
    const hashes = [...loadPage("/wijk/").querySelectorAll("script:not([src])")].map(
      (script) => `'sha256-${createHash("sha256").update(script.textContent ?? "").digest("base64")}'`,
    );
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}; style-src 'self'; connect-src 'self'; worker-src 'self'`;
    const server = await serveStatic(distDir, () => ({ "Content-Security-Policy": policy }));
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    try {
      await page.goto(`${server.url}/wijk/`);
      await page.click(`${header} input`);
      await page.keyboard.type("statushouders");
      await expect.poll(() => page.locator(`${header} .search-hit__chapter`).allTextContents(), poll).toContain("De stad en regio");
      expect(violations).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
