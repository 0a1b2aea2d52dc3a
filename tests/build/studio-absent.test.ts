// The studio is for editors on their own machine: `npm run build` must publish the same site as
// without it. No React, no Keystatic, no editor route, no edit links in dist/.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { allPages, loadPage } from "../support/dist.ts";
import { distDir } from "../support/paths.ts";

function builtFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(full) : [full];
  });
}

const chapterPages = ["/inwoner/", "/huis/", "/wijk/", "/stad-en-regio/", "/overheid-en-organisaties/"];

describe("the public build has no trace of the studio", () => {
  test("no editor route and no API route", () => {
    expect(existsSync(path.join(distDir, "keystatic"))).toBe(false);
    expect(existsSync(path.join(distDir, "api"))).toBe(false);
    expect(allPages().filter((page) => page.includes("keystatic"))).toEqual([]);
  });

  test("no file ships Keystatic, React or an Astro island", () => {
    const textFiles = builtFiles().filter((file) => /\.(html|js|mjs|css|json|txt)$/.test(file));
    expect(textFiles.length).toBeGreaterThan(10);
    const traces = textFiles.filter((file) => {
      const text = readFileSync(file, "utf8");
      return /keystatic|keystar|react-dom|__reactContainer|<astro-island/i.test(text);
    });
    expect(traces.map((file) => path.relative(distDir, file))).toEqual([]);
  });

  test.each(chapterPages)("%s has no 'Bewerk deze pagina' link", (page) => {
    const document = loadPage(page);
    expect(document.body.textContent).not.toContain("Bewerk deze pagina");
    expect([...document.querySelectorAll("a")].filter((a) => a.getAttribute("href")?.includes("keystatic"))).toEqual([]);
  });
});
