// The agreements between build steps and pages live in one named place each; these tests hold
// both sides to them on the built site.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildSteps } from "../../src/integrations/index.ts";
import { documentPagePath } from "../../src/lib/content/addresses.ts";
import { tocPageAttribute } from "../../src/lib/pdf/contract.ts";
import { fillPdfSize, pdfSizePlaceholder } from "../../src/lib/pdf/size.ts";
import { changesPdfSizePlaceholder, fillChangesPdfSize } from "../../src/lib/editions/changes-pdf.ts";
import { chapterFilter, chapterMeta, chapterTitle, indexedBody } from "../../src/lib/search/contract.ts";
import { allPages, loadPage } from "../support/dist.ts";

describe("build steps", () => {
  it("check the editors' files and the editions first, report open points, render, write the official publication, print the PDFs, only then index the finished pages, and list them in the sitemap", () => {
    const names = buildSteps().map((step) => step.name);
    expect(names).toEqual(["wzv:controle", "wzv:known-warnings", "wzv:editions", "wzv-open-points", "@astrojs/mdx", "wzv:stop-publication", "wzv:pdf-edition", "wzv:search-index", "@astrojs/sitemap"]);
  });
});

describe("astro.config.mjs", () => {
  // Astro imports its config with Node's own import() and only when that fails starts a Vite server
  // to load it (a second or so more per build). Node runs our TypeScript as it is, when every
  // relative import names its file ("./chapter.ts") and only erasable syntax is used (tsconfig's
  // erasableSyntaxOnly).
  it("loads with Node's own import, with every build step and its modules", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const load = spawnSync(process.execPath, ["--input-type=module", "-e", "await import('./astro.config.mjs')"], { cwd: root, encoding: "utf8" });
    expect(load.stderr).toBe("");
    expect(load.status).toBe(0);
  });
});

describe("the whole-document page", () => {
  it("is where the PDF step prints from, with a page-number slot per contents entry", () => {
    const doc = loadPage(documentPagePath);
    const slots = [...doc.querySelectorAll(`[${tocPageAttribute}]`)];
    expect(slots.length).toBeGreaterThan(5);
    for (const slot of slots) expect(doc.getElementById(slot.getAttribute(tocPageAttribute)!)).not.toBeNull();
  });
});

describe("the PDF size placeholders", () => {
  it("are filled in on every built page", () => {
    for (const page of allPages()) {
      const html = loadPage(page).documentElement.outerHTML;
      expect(html).not.toContain(pdfSizePlaceholder);
      expect(html).not.toContain(changesPdfSizePlaceholder);
    }
    expect(fillPdfSize(`(${pdfSizePlaceholder})`, "1 kB")).toBe("(1 kB)");
    expect(fillChangesPdfSize(`PDF (${changesPdfSizePlaceholder})`, undefined)).toBe("PDF");
  });
});

describe("Pagefind's names", () => {
  it("mark each chapter's article as the indexed body and its title as chapter meta and filter", () => {
    const doc = loadPage("/huis/");
    const [body] = Object.keys(indexedBody);
    expect(doc.querySelectorAll(`[${body}]`)).toHaveLength(1);
    const h1 = doc.querySelector("h1")!;
    for (const [name, value] of Object.entries(chapterTitle)) expect(h1.getAttribute(name)).toBe(value);
    expect([chapterMeta, chapterFilter]).toEqual(["chapter", "hoofdstuk"]);
    expect(doc.querySelector(`select[name="${chapterFilter}"]`)).not.toBeNull();
  });
});
