// The editions as the built site shows them, with the repository as it ships: edition 0.1 released,
// and the document at version 0.1 too. The scenario of a second version is editions-scenario.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { allBlocks, loadDocumentModel } from "../../src/lib/content/model/index.ts";
import { listEditions } from "../../src/lib/editions/list.ts";
import { allPages, loadPage, textOf } from "../support/dist.ts";
import { distDir, projectRoot } from "../support/paths.ts";

const editions = listEditions(projectRoot);
const edition = loadDocumentModel(projectRoot, "editions/0.1/chapters");

describe("edition 0.1 in the repository", () => {
  it("is released with the concept of 28 November 2026", () => {
    expect(editions.map((e) => [e.version, e.status, e.date])).toEqual([["0.1", "concept", "2026-11-28"]]);
  });

  it("passed the build's manifest check", () => {
    const output = inject("buildOutput");
    if (output !== "") expect(output).toContain("1 uitgebrachte versie gecontroleerd: ongewijzigd.");
  });
});

describe("/versies/", () => {
  const doc = loadPage("/versies/");

  it("lists the edition with its status, date, summary and links", () => {
    const item = doc.querySelector(".versions-list__item")!;
    expect(textOf(item.querySelector("h2"))).toBe("Versie 0.1 (de geldende versie)");
    expect(textOf(item)).toContain("Concept, 28 november 2026");
    expect(textOf(item)).toContain("Eerste uitgebrachte versie.");
    const links = [...item.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/versies/0.1/", "/versies/0.1/woonzorgvisie-assen.pdf", "/stop/0.1.zip"]);
  });

  it("is linked from every chapter page", () => {
    for (const chapter of edition.chapters) {
      expect([...loadPage(`/${chapter.id}/`).querySelectorAll("a")].map((a) => a.getAttribute("href"))).toContain("/versies/");
    }
  });
});

describe.each(edition.chapters.map((chapter) => [chapter.id, chapter] as const))("/versies/0.1/%s/", (id, chapter) => {
  const doc = loadPage(`/versies/0.1/${id}/`);

  it("says at the top, right under the chapter's title, in words, which version it is, with a link to the current chapter", () => {
    const notice = doc.querySelector(".edition-notice")!;
    expect(textOf(notice.querySelector("p"))).toBe("U leest versie 0.1 (concept, 28 november 2026). Dit is ook de geldende versie.");
    expect(notice.querySelector("a")!.getAttribute("href")).toBe(`/${id}/`);
    expect(notice.previousElementSibling).toBe(doc.querySelector("article h1"));
  });

  it("has the edition's own paragraph numbers", () => {
    const shown = [...doc.querySelectorAll("article a.paragraph-number")].map((a) => a.getAttribute("data-number"));
    expect(shown).toEqual([...allBlocks(chapter.blocks)].flatMap(({ block }) => (block.number ? [block.number] : [])));
  });

  it("keeps its links inside the edition and is never indexed for search", () => {
    expect(doc.querySelector("[data-pagefind-body]")).toBeNull();
    expect(doc.querySelector("main")!.getAttribute("data-pagefind-ignore")).toBe("all");
    const chapterLinks = [...doc.querySelectorAll("article a[href^='/']")]
      .filter((a) => !a.closest(".edition-notice"))
      .map((a) => a.getAttribute("href")!)
      .filter((href) => edition.chapters.some((c) => href.startsWith(`/${c.id}/`)));
    expect(chapterLinks).toEqual([]);
  });
});

describe("the edition's PDF and data", () => {
  it("serves the PDF as released, byte for byte", () => {
    const served = readFileSync(path.join(distDir, "versies/0.1/woonzorgvisie-assen.pdf"));
    expect(served.equals(readFileSync(path.join(projectRoot, "editions/0.1/woonzorgvisie-assen.pdf")))).toBe(true);
  });

  it("links each figure's download to a file that exists", () => {
    const hrefs = [...loadPage("/versies/0.1/inwoner/").querySelectorAll(".figure__download a")].map((a) => a.getAttribute("href")!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(() => readFileSync(path.join(distDir, href))).not.toThrow();
  });
});

describe("/wijzigingen/ with no earlier edition", () => {
  it("says plainly there is nothing to compare with, and offers no renvooi PDF", () => {
    const doc = loadPage("/wijzigingen/");
    expect(textOf(doc.querySelector("main"))).toContain("Er is nog geen uitgebrachte versie met een lager nummer dan 0.1");
    expect(doc.querySelector("ins, del, a[href$='wijzigingen.pdf']")).toBeNull();
    expect(allPages()).not.toContain("/woonzorgvisie-assen-wijzigingen.pdf");
  });
});

describe("/versies/0.1/wijzigingen/", () => {
  it("says the first edition has nothing before it to compare with", () => {
    const doc = loadPage("/versies/0.1/wijzigingen/");
    expect(textOf(doc.querySelector("main"))).toContain("Er is geen eerdere uitgebrachte versie om versie 0.1 mee te vergelijken");
    expect(doc.querySelector("ins, del")).toBeNull();
  });
});

describe("search", () => {
  it("indexes no page of an edition, nor a renvooi", () => {
    const indexed = allPages().filter((page) => loadPage(page).querySelector("[data-pagefind-body]"));
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed.filter((page) => page.startsWith("/versies/") || page.startsWith("/wijzigingen/"))).toEqual([]);
  });
});
