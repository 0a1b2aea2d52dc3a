/**
 * The site's address is one setting, `site` in src/content/document.json: the canonical link of every
 * page, the sitemap, robots.txt, the open data and the PDF all carry it, and no other source file
 * names an address of the site.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import config from "../../astro.config.mjs";
import { readDocumentInfo, siteAddress } from "../../src/lib/content/document-info.ts";
import { placeholderSite } from "../../src/schemas/document.ts";
import { allPages, loadPage } from "../support/dist.ts";
import { pageTexts } from "../support/pdf.ts";
import { distDir, projectRoot } from "../support/paths.ts";

const site = siteAddress(readDocumentInfo(projectRoot));
const read = (sitePath: string) => readFileSync(path.join(distDir, sitePath), "utf8");
const locations = (sitePath: string) =>
  [...new DOMParser().parseFromString(read(sitePath), "text/xml").querySelectorAll("loc")].map((loc) => loc.textContent);

describe("the site's address from document.json", () => {
  it("is Astro's site", () => {
    expect(new URL(String(config.site)).origin).toBe(site);
  });

  it("is every page's canonical address (the 404 page, served at any address, has none)", () => {
    const wrong = allPages()
      .map((sitePath) => ({ sitePath, href: loadPage(sitePath).querySelector('link[rel="canonical"]')?.getAttribute("href") }))
      .filter(({ sitePath, href }) => href !== (sitePath === "/404.html" ? undefined : `${site}${sitePath}`));
    expect(wrong).toEqual([]);
  });

  it("lists in the sitemap every page that search engines may index, and robots.txt names the sitemap", () => {
    const indexed = allPages().filter((sitePath) => sitePath !== "/404.html" && !/noindex/.test(loadPage(sitePath).querySelector('meta[name="robots"]')?.getAttribute("content") ?? ""));
    expect(locations("sitemap-index.xml")).toEqual([`${site}/sitemap-0.xml`]);
    expect(locations("sitemap-0.xml").sort()).toEqual(indexed.map((sitePath) => `${site}${sitePath}`).sort());
    expect(read("robots.txt")).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });

  it("is the address of the open data and of the links printed in the PDF", () => {
    const catalogue = JSON.parse(read("data/catalogus.jsonld")) as { "@id": string };
    expect(catalogue["@id"]).toBe(`${site}/data/catalogus.jsonld`);
    expect(pageTexts().join("\n")).toContain(`${site}/data/`);
  });

  it("is written nowhere else in the sources", () => {
    const host = new URL(placeholderSite).host;
    const sources = (dir: string): string[] =>
      readdirSync(path.join(projectRoot, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
    const naming = [...sources("src"), ...sources("scripts"), "astro.config.mjs", "astro.studio.config.mjs", "keystatic.config.ts"].filter((file) =>
      readFileSync(path.join(projectRoot, file), "utf8").includes(host),
    );
    expect(naming.sort()).toEqual(["src/content/document.json", "src/schemas/document.ts"]);
  });
});
