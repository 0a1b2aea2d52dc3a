// The whole-document page the PDF is printed from, and the PDF link on every page.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allPages, loadPage, textOf } from "../support/dist.ts";
import { distDir } from "../support/paths.ts";

describe("the whole-document page /document/", () => {
  const document = loadPage("/document/");
  const home = loadPage("/");
  const chapterLinks = [...home.querySelectorAll(".chapter-nav a")];

  it("holds every chapter in the site's order, with the chapter page's own text", () => {
    const titles = [...document.querySelectorAll(".document-chapter h1")].map(textOf);
    expect(titles).toEqual(chapterLinks.map(textOf));
    for (const link of chapterLinks) {
      const href = link.getAttribute("href")!;
      const chapterPage = loadPage(href);
      const id = href.replaceAll("/", "");
      const inDocument = document.getElementById(id)?.closest(".document-chapter");
      const firstParagraph = chapterPage.querySelector("article p:not(.chapter__kicker)");
      expect(textOf(inDocument), `text of ${href}`).toContain(textOf(firstParagraph));
    }
  });

  it("has ids that are unique on the page, and every link within it finds its target", () => {
    const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
    const targets = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute("href")!.slice(1));
    expect(targets.filter((target) => !ids.includes(target))).toEqual([]);
    const references = [...document.querySelectorAll("[aria-labelledby], [aria-describedby]")].flatMap((el) =>
      `${el.getAttribute("aria-labelledby") ?? ""} ${el.getAttribute("aria-describedby") ?? ""}`.split(/\s+/).filter(Boolean),
    );
    expect(references.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("keeps each chapter's footnotes with their references", () => {
    const refs = [...document.querySelectorAll("a[data-footnote-ref]")];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const note = document.getElementById(ref.getAttribute("href")!.slice(1));
      expect(note?.closest(".document-chapter")).toBe(ref.closest(".document-chapter"));
    }
  });

  it("links to chapters within itself and to other site pages by their full address", () => {
    const hrefs = [...document.querySelectorAll(".document-chapter a[href]")].map((a) => a.getAttribute("href")!);
    expect(hrefs.filter((href) => href.startsWith("/"))).toEqual([]);
  });

  it("opens every <details>, so figure data tables are printed", () => {
    expect(document.querySelectorAll(".document-chapter details:not([open])")).toHaveLength(0);
  });

  it("stays out of the navigation and the search index", () => {
    expect([...home.querySelectorAll(".chapter-nav a")].map((a) => a.getAttribute("href"))).not.toContain("/document/");
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(document.querySelector("[data-pagefind-body]")).toBeNull();
  });
});

describe("the PDF link", () => {
  const linkText = (file: string) => `Download als PDF (${new Intl.NumberFormat("nl-NL").format(Math.ceil(statSync(file).size / 1000))} kB)`;

  // A page of a released edition offers that edition's PDF as released (issue 22, part 2).
  it.each(allPages())("%s offers the PDF of its version with its real size", (page) => {
    const edition = /^\/versies\/([^/]+)\//.exec(page)?.[1];
    const href = edition ? `/versies/${edition}/woonzorgvisie-assen.pdf` : "/woonzorgvisie-assen.pdf";
    const link = loadPage(page).querySelector(`.site-footer a[href="${href}"]`);
    expect(link, `link to ${href}`).not.toBeNull();
    expect(textOf(link)).toBe(linkText(path.join(distDir, href)));
  });

  it("leaves no size placeholder in any built page", () => {
    for (const page of allPages()) {
      const file = path.join(distDir, page, page.endsWith(".html") ? "" : "index.html");
      expect(readFileSync(file, "utf8"), page).not.toContain("PDF-GROOTTE");
    }
  });
});
