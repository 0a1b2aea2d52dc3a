// Issue 11's "Done when", built once per run in a temporary copy (shared with the other test files
// that need it, tests/support/scenario-site.ts): on top of edition 0.1, the version is raised to
// 0.2, one sentence changed, another deleted, and one number changed with a new dataset version.
// The built site must show both versions, the old text and number under /versies/0.1/, and a
// renvooi that marks exactly those changes; search must not find the old text. Issue 22 adds to
// the same copy a changed cell of a data table, a moved paragraph and a footnote added before
// another: the renvooi marks the cell in its table, shows the move once, and leaves the renumbered
// footnote's paragraph alone; the current text marks what changed in 0.2. Issue 23: the same
// changes, and only those, are the RegelingMutatie of 0.2's official publication (STOP).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { launchBrowser } from "../support/browser.ts";
import { axeFindings } from "../quality/gates/accessibility.ts";
import { formatFindings, type Finding } from "../quality/gates/findings.ts";
import { reflowFindings, tableFindings } from "../quality/gates/layout.ts";
import { allPages, textOf } from "../support/dist.ts";
import { scenario } from "../support/edition-scenario.ts";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { fold, pageTexts } from "../support/pdf.ts";
import { readPageContents } from "../support/pdf-content.ts";
import { scenarioSite, scenarioTimeout, type ScenarioSite } from "../support/scenario-site.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import { projectRoot } from "../support/paths.ts";
import type { StopPackage } from "../../src/lib/stop/package.ts";
import { serializeElement } from "../../src/lib/stop/xml.ts";
import { applyMutation, comparable } from "../support/stop-mutation.ts";
import { mutationActions, parseXml, readPackage, sitePackages, testFacts } from "../support/stop-package.ts";
import { formatFindings as formatStopFindings, packageXmlFiles, validateStop, type Finding as StopFinding } from "../support/stop-validation.ts";

let site: ScenarioSite;
const changesPdf = () => path.join(dist(), "woonzorgvisie-assen-wijzigingen.pdf");
let server: StaticServer;
const dist = () => site.dist;
const page = (sitePath: string) => parseHTML(readFileSync(path.join(dist(), sitePath, "index.html"), "utf8")).document;

beforeAll(async () => {
  site = await scenarioSite();
  server = await serveStatic(dist());
}, scenarioTimeout + 10_000);

afterAll(async () => {
  await server?.close();
});

/** The rows of the table in `element`, each a list of its cells' texts as they read (a header's
 * soft hyphens show only where it breaks). */
function tableRows(element: Element): string[][] {
  return [...element.querySelectorAll("table tr")].map((row) => [...row.children].map((cell) => textOf(cell).replaceAll("\u00AD", "")));
}

/** The changes of the renvooi, per chapter section: the label line and the marked words. */
function changes(doc: Document) {
  return [...doc.querySelectorAll(".renvooi-chapter .renvooi-item")].map((item) => ({
    label: textOf(item.querySelector(".renvooi-item__label")),
    inserted: [...item.querySelectorAll("ins")].map((ins) => textOf(ins)),
    removed: [...item.querySelectorAll("del")].map((del) => textOf(del)),
  }));
}

describe("version 0.2 on top of edition 0.1", () => {
  it("builds, with the renvooi PDF", () => {
    expect(site.output).toContain("woonzorgvisie-assen-wijzigingen.pdf");
  });

  it("lists both versions on /versies/, newest first, each with what changed", () => {
    const items = [...page("/versies/").querySelectorAll(".versions-list__item")];
    expect(items.map((item) => textOf(item.querySelector("h2")))).toEqual(["Versie 0.2 (de geldende versie, nog niet uitgebracht)", "Versie 0.1"]);
    expect(textOf(items[0]!)).toContain(
      "2 alinea’s gewijzigd, 1 alinea toegevoegd, 1 alinea verwijderd, 1 alinea verplaatst, 1 getal gewijzigd en 2 figuren of tabellen gewijzigd, in De inwoner, Het huis en De wijk.",
    );
    expect(textOf(items[1]!)).toContain("Eerste uitgebrachte versie.");
    expect([...items[0]!.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toContain("/woonzorgvisie-assen-wijzigingen.pdf");
  });

  it("keeps the old sentence, the deleted sentence and the old number in /versies/0.1/", () => {
    const inwoner = textOf(page("/versies/0.1/inwoner/").querySelector("article"));
    expect(inwoner).toContain(scenario.changed.before);
    expect(inwoner).not.toContain(scenario.changed.after);
    expect(inwoner).toContain("In de wijk Lariks is dit het hoogst met 56%.");
    expect(textOf(page("/versies/0.1/huis/").querySelector("article"))).toContain(scenario.deleted.sentence);
  });

  it("shows the new text and number on the current pages", () => {
    const inwoner = textOf(page("/inwoner/").querySelector("article"));
    expect(inwoner).toContain(scenario.changed.after);
    expect(inwoner).toContain("In de wijk Lariks is dit het hoogst met 57%.");
    expect(textOf(page("/huis/").querySelector("article"))).not.toContain(scenario.deleted.sentence);
  });

  it("says on the old pages which version they are and which holds now", () => {
    const notice = page("/versies/0.1/inwoner/").querySelector(".edition-notice")!;
    expect(textOf(notice.querySelector("p"))).toBe("U leest versie 0.1 (concept, 28 november 2026). De geldende versie is 0.2.");
    expect(notice.querySelector("a")!.getAttribute("href")).toBe("/inwoner/");
  });

  it("keeps the old figure's download at its old numbers", () => {
    const href = page("/versies/0.1/inwoner/").querySelector("#figuur-eenzaamheid .figure__download a")!.getAttribute("href")!;
    expect(href).toBe("/data/eenzaamheid/v1.csv");
    expect(readFileSync(path.join(dist(), href), "utf8")).toMatch(/^Lariks;56$/m);
    expect(readFileSync(path.join(dist(), "data/eenzaamheid/v2.csv"), "utf8")).toMatch(/^Lariks;57$/m);
  });
});

// Issue 22, part 2: a page of edition 0.1 names 0.1 in its footer, offers 0.1's PDF, and its
// header leads to 0.1's start page and chapters; only its notice leads to the version that holds now.
describe("the pages of edition 0.1, while 0.2 holds", () => {
  const editionPages = () => allPages(dist()).filter((sitePath) => sitePath.startsWith("/versies/0.1/"));
  const editionChapters = () => [...page("/versies/0.1/").querySelectorAll(".chapter-card a")].map((a) => a.getAttribute("href"));
  const currentPages = new Set(["/", "/wijzigingen/", "/woonzorgvisie-assen.pdf", "/woonzorgvisie-assen-wijzigingen.pdf"]);
  /** Pages about the site rather than one version of the text: the same from every version. */
  const siteWide = new Set(["/versies/", "/data/", "/toegankelijkheid/", "/privacy/", "/zoeken/"]);

  it("are the start page, every chapter and the renvooi page", () => {
    expect(editionChapters()).toEqual(["/versies/0.1/inwoner/", "/versies/0.1/huis/", "/versies/0.1/wijk/", "/versies/0.1/stad-en-regio/", "/versies/0.1/overheid-en-organisaties/"]);
    expect(editionPages()).toEqual(["/versies/0.1/", ...editionChapters(), "/versies/0.1/wijzigingen/"].sort());
  });

  it.each(["/versies/0.1/", "/versies/0.1/huis/", "/versies/0.1/wijzigingen/"])("%s: the footer names 0.1 and offers its PDF", (sitePath) => {
    const footer = page(sitePath).querySelector(".site-footer")!;
    expect(textOf(footer.querySelector("p"))).toBe("Woonzorgvisie Assen, Gemeente Assen. Versie 0.1, 28 november 2026. Status: Concept.");
    const pdf = footer.querySelector(".pdf-link a")!;
    expect(pdf.getAttribute("href")).toBe("/versies/0.1/woonzorgvisie-assen.pdf");
    const size = Math.ceil(statSync(path.join(dist(), "versies/0.1/woonzorgvisie-assen.pdf")).size / 1000);
    expect(textOf(pdf)).toBe(`Download als PDF (${size} kB)`);
  });

  it("every page: the header leads to 0.1's start page and chapters, and nothing else but the notice leads to the current version", () => {
    for (const sitePath of editionPages()) {
      const doc = page(sitePath);
      expect(doc.querySelector(".site-header__title")!.getAttribute("href"), sitePath).toBe("/versies/0.1/");
      for (const nav of doc.querySelectorAll("header nav")) {
        expect([...nav.querySelectorAll("a")].map((a) => a.getAttribute("href")), `${sitePath} ${nav.className}`).toEqual(editionChapters());
      }
      expect(doc.querySelectorAll(".site-footer .pdf-link a[href='/versies/0.1/woonzorgvisie-assen.pdf']"), sitePath).toHaveLength(1);
      const notices = doc.querySelectorAll(".edition-notice");
      expect(notices, sitePath).toHaveLength(1);
      // Pages of the document as it is now, or of another edition: only the notice's first link may go there.
      const elsewhere = [...doc.querySelectorAll("a[href]")]
        .filter((a) => a !== notices[0]!.querySelector("a"))
        .map((a) => new URL(a.getAttribute("href")!, `https://site${sitePath}`))
        .map((url) => url.pathname)
        .filter(
          (pathname) =>
            currentPages.has(pathname) ||
            (pathname.startsWith("/versies/") && pathname !== "/versies/" && !pathname.startsWith("/versies/0.1/")) ||
            (/^\/[a-z-]+\/$/.test(pathname) && !siteWide.has(pathname)),
        );
      expect(elsewhere, sitePath).toEqual([]);
    }
  });

  it("while the current pages name 0.2 and offer its PDF", () => {
    const footer = page("/huis/").querySelector(".site-footer")!;
    expect(textOf(footer.querySelector("p"))).toBe("Woonzorgvisie Assen, Gemeente Assen. Versie 0.2, 12 december 2026. Status: Concept.");
    expect(footer.querySelector(".pdf-link a")!.getAttribute("href")).toBe("/woonzorgvisie-assen.pdf");
    expect(page("/huis/").querySelector(".site-header__title")!.getAttribute("href")).toBe("/");
  });
});

describe("/wijzigingen/", () => {
  it("marks exactly the scenario's changes, word by word, and nothing else", () => {
    expect(changes(page("/wijzigingen/"))).toEqual([
      { label: "Alinea 1.5: gewijzigd", inserted: ["toegevoegd: inwoners van", "toegevoegd: willen graag"], removed: ["verwijderd: mensen in", "verwijderd: zijn bereid", "verwijderd: te"] },
      { label: "Alinea 1.6: getal gewijzigd", inserted: ["toegevoegd: 57%"], removed: ["verwijderd: 56%"] },
      // The chart's table of values, with its changed cell.
      { label: "Figuur 1: nieuwe cijfers", inserted: ["toegevoegd: 57"], removed: ["verwijderd: 56"] },
      // The new footnote's mark; the chapter's own footnote, renumbered from 2 to 3, changes nothing.
      { label: "Alinea 2.7: gewijzigd", inserted: ["toegevoegd: 2"], removed: [] },
      { label: "Was alinea 2.12: verwijderd", inserted: [], removed: [`verwijderd: ${scenario.deleted.sentence}`] },
      { label: "Alinea verplaatst van 2.19 naar 2.15", inserted: [], removed: [] },
      { label: "Voetnoot 2: toegevoegd", inserted: [`toegevoegd: ${scenario.footnote.text}`], removed: [] },
      { label: "Tabel: nieuwe cijfers", inserted: ["toegevoegd: onvoldoende / vraagt aandacht"], removed: ["verwijderd: onbekend (open punt)"] },
    ]);
  });

  it("lists the figure whose data changed with its dataset's change-log entry", () => {
    const figures = [...page("/wijzigingen/").querySelectorAll(".renvooi-item--figure")];
    expect(figures).toHaveLength(1);
    expect([...figures[0]!.querySelectorAll("p, li")].map((line) => textOf(line))).toEqual([
      "Figuur 1: nieuwe cijfers",
      "De cijfers van de dataset Eenzaamheid zijn gewijzigd: versie 1 → versie 2.",
      `Versie 2, 12 december 2026: ${scenario.number.changeLog}`,
    ]);
    expect(tableRows(figures[0]!)).toEqual([
      ["Gebied", "Voelt zich wel eens eenzaam (%)"],
      ["Assen", "48"],
      ["Lariks", "verwijderd: 56 toegevoegd: 57"],
    ]);
    expect(figures[0]!.querySelector("a")!.getAttribute("href")).toBe("/inwoner/#figuur-eenzaamheid");
  });

  it("puts the changed number in the table of changed numbers, with both dataset versions", () => {
    const rows = [...page("/wijzigingen/").querySelectorAll(".renvooi-numbers tbody tr")].map((row) => [...row.children].map((cell) => textOf(cell)));
    expect(rows).toEqual([["1.6", "Eenzaamheid: Lariks", "verwijderd: 56% versie 1", "toegevoegd: 57% versie 2"]]);
  });

  it("sums the changes up per chapter in the nota van wijzigingen", () => {
    const rows = [...page("/wijzigingen/").querySelectorAll(".renvooi-nota tbody tr, .renvooi-nota tfoot tr")].map((row) =>
      [...row.children].map((cell) => textOf(cell)),
    );
    expect(rows).toEqual([
      ["De inwoner", "1", "0", "0", "0", "1", "1"],
      ["Het huis", "1", "1", "1", "1", "0", "0"],
      ["De wijk", "0", "0", "0", "0", "0", "1"],
      ["De stad en regio", "0", "0", "0", "0", "0", "0"],
      ["De overheid en organisaties", "0", "0", "0", "0", "0", "0"],
      ["Totaal", "2", "1", "1", "1", "1", "2"],
    ]);
  });

  it("leaves unchanged paragraphs out, saying how many and which, by their numbers in both versions", () => {
    const gaps = (chapter: string) => [...page("/wijzigingen/").querySelectorAll(`#wijzigingen-${chapter} .renvooi-gap`)].map((gap) => textOf(gap));
    expect(gaps("inwoner")).toEqual(["4 ongewijzigde alinea’s weggelaten (1.1–1.4).", "6 ongewijzigde alinea’s weggelaten (1.7–1.12)."]);
    // 2.12 is gone: what was 2.13 is now 2.12; 2.19 moved up to 2.15, so 2.16–2.18 kept their numbers.
    expect(gaps("huis")).toEqual([
      "6 ongewijzigde alinea’s weggelaten (2.1–2.6).",
      "4 ongewijzigde alinea’s weggelaten (2.8–2.11).",
      "3 ongewijzigde alinea’s weggelaten (2.12–2.14, was 2.13–2.15).",
      "4 ongewijzigde alinea’s weggelaten (2.16–2.19, was 2.16–2.18, 2.20).",
    ]);
    expect(textOf(page("/wijzigingen/").querySelector("#wijzigingen-stad-en-regio"))).toContain("Geen wijzigingen in dit hoofdstuk (34 alinea’s, 4.1–4.34).");
  });

  it("links each paragraph number to that paragraph, the old number to the old edition", () => {
    const links = [...page("/wijzigingen/").querySelectorAll(".renvooi-item__label a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual([
      "/inwoner/#p-1-5",
      "/inwoner/#p-1-6",
      "/inwoner/#figuur-eenzaamheid",
      "/huis/#p-2-7",
      "/versies/0.1/huis/#p-2-12",
      "/versies/0.1/huis/#p-2-19",
      "/huis/#p-2-15",
    ]);
    expect(textOf(page("/versies/0.1/huis/").getElementById("p-2-12")!.parentElement)).toContain(scenario.deleted.sentence);
    // The moved paragraph, at its old and its new place.
    expect(textOf(page("/versies/0.1/huis/").getElementById("p-2-19")!.parentElement)).toMatch(/^Er zijn 130 jongeren/);
    expect(textOf(page("/huis/").getElementById("p-2-15")!.parentElement)).toMatch(/^Er zijn 130 jongeren/);
  });

  it("shows the data table with its changed cell marked, the rest of the table as it is", () => {
    const table = page("/wijzigingen/").querySelector("#wijzigingen-wijk .renvooi-item--data-table")!;
    expect(textOf(table.querySelector("caption"))).toBe("Ontmoetingsruimte per wijk 1 cel gewijzigd.");
    const rows = tableRows(table);
    expect(rows.slice(0, 3)).toEqual([
      ["Wijk", "Ontmoetingsruimte"],
      ["Lariks", "verwijderd: onbekend (open punt) toegevoegd: onvoldoende / vraagt aandacht"],
      ["Noorderpark", "onbekend (open punt)"],
    ]);
    expect(rows).toHaveLength(11);
    expect(table.querySelectorAll("tbody del, tbody ins")).toHaveLength(2);
    expect(textOf(table)).toContain(`Versie 2, 12 december 2026: ${scenario.cell.changeLog}`);
  });

  it("shows the moved paragraph once, not as removed and added", () => {
    const moved = [...page("/wijzigingen/").querySelectorAll("#wijzigingen-huis .renvooi-item--moved")];
    expect(moved).toHaveLength(1);
    expect(textOf(moved[0]!.querySelector(".renvooi-item__text"))).toMatch(/^Er zijn 130 jongeren onder de 27 jaar/);
    expect(textOf(page("/wijzigingen/").querySelector("#wijzigingen-huis"))).not.toContain("Was alinea 2.19");
  });

  it("has no renvooi against a vastgesteld version when no version is vastgesteld", () => {
    expect(existsSync(path.join(dist(), "wijzigingen", "sinds-0.1"))).toBe(false);
    expect(existsSync(path.join(dist(), "versies", "0.1", "wijzigingen", "sinds-0.1"))).toBe(false);
    expect([...page("/versies/").querySelectorAll("a")].map((a) => a.getAttribute("href")).filter((href) => href?.includes("/sinds-"))).toEqual([]);
  });

  describe("in a browser", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    // The quality gates see the site as it ships, where there is nothing to compare yet: here
    // they look at the renvooi and the list of versions with changes in them.
    it("passes axe at phone and desktop width and reflows at 200% zoom", async () => {
      const findings: Finding[] = [];
      for (const viewport of [{ width: 375, height: 900 }, { width: 1280, height: 900 }, { width: 640, height: 450 }]) {
        const context = await browser.newContext({ viewport });
        const tab = await context.newPage();
        for (const sitePath of ["/wijzigingen/", "/versies/"]) {
          await tab.goto(`${server.url}${sitePath}`);
          const label = `${sitePath} at ${viewport.width} px`;
          findings.push(...(viewport.width === 640 ? await reflowFindings(tab, label) : await axeFindings(tab, label)));
        }
        await context.close();
      }
      expect(findings, formatFindings("Renvooi", findings)).toEqual([]);
    });

    // Issue 22, part 8: a raadslid reads the nota on a phone; no column may sit out of sight in a
    // scroll box, nor a caption be cut off.
    it("shows every cell and caption of the nota's tables at 320, 375 and 414 px, nothing cut off", async () => {
      const findings: Finding[] = [];
      for (const width of [320, 375, 414]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const tab = await context.newPage();
        await tab.goto(`${server.url}/wijzigingen/`);
        const label = `/wijzigingen/ at ${width} px`;
        findings.push(...(await tableFindings(tab, label)), ...(await reflowFindings(tab, label)));
        // Each count still says what it counts: the column's name is in sight beside it.
        const cell = tab.locator(".renvooi-nota tbody tr").nth(1).locator("td").nth(2);
        expect(await cell.evaluate((td) => `${getComputedStyle(td, "::before").content} ${td.textContent}`), label).toBe('"Alinea’s verwijderd" 1');
        await context.close();
      }
      expect(findings, formatFindings("Tables on a phone", findings)).toEqual([]);
    });

    it("passes axe on a chapter with marks of what changed, at phone and desktop width", async () => {
      const findings: Finding[] = [];
      for (const viewport of [{ width: 375, height: 900 }, { width: 1280, height: 900 }]) {
        const context = await browser.newContext({ viewport });
        const tab = await context.newPage();
        await tab.goto(`${server.url}/huis/`);
        findings.push(...(await axeFindings(tab, `/huis/ at ${viewport.width} px`)));
        await context.close();
      }
      expect(findings, formatFindings("Marks in the text", findings)).toEqual([]);
    }, 120_000);

    it('says "toegevoegd:" and "verwijderd:" before each change', async () => {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/wijzigingen/`);
      const snapshot = await tab.locator("#wijzigingen-inwoner .renvooi-item").first().ariaSnapshot();
      await tab.close();
      expect(snapshot).toContain("deletion: \"verwijderd: mensen in\"");
      expect(snapshot).toContain("insertion: \"toegevoegd: inwoners van\"");
    });

    it("reads a changed cell as a cell of its table, old and new", async () => {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/wijzigingen/`);
      const snapshot = await tab.locator("#wijzigingen-wijk .renvooi-cells table").ariaSnapshot();
      await tab.close();
      expect(snapshot).toContain('rowheader "Lariks"');
      expect(snapshot).toMatch(/cell "verwijderd: onbekend \(open punt\) toegevoegd: onvoldoende \/ vraagt aandacht"/);
    });

    it("fits the renvooi's tables of cells into a phone's width, no column hidden", async () => {
      const overflowing: string[] = [];
      for (const width of [320, 375, 414]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const tab = await context.newPage();
        await tab.goto(`${server.url}/wijzigingen/`);
        const wide = await tab.$$eval(".renvooi-cells", (boxes) =>
          boxes.flatMap((box) => {
            const table = box.querySelector("table")!;
            return table.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 || table.offsetWidth > box.clientWidth + 0.5
              ? [box.closest(".renvooi-item")?.id || box.querySelector("caption")?.textContent || "?"]
              : [];
          }),
        );
        overflowing.push(...wide.map((name) => `${name} at ${width} px`));
        await context.close();
      }
      expect(overflowing).toEqual([]);
    });
  });
});

describe("the changes in the current text", () => {
  /** Each mark of a page: the paragraph number it stands in (or the figure, or "tabel"), its words
   * and where it leads. */
  const marks = (sitePath: string) =>
    [...page(sitePath).querySelectorAll(".change-mark")].map((mark) => ({
      paragraph:
        mark.closest(".figure")?.id ??
        (mark.closest(".data-table") ? "tabel" : mark.closest("p, li, h2, h3")!.querySelector(".paragraph-number")!.getAttribute("data-number")),
      words: mark.getAttribute("data-change"),
      name: mark.getAttribute("aria-label"),
      href: mark.getAttribute("href"),
    }));

  it("marks each paragraph, figure and table changed in 0.2, linking to its entry in the renvooi", () => {
    expect(marks("/inwoner/")).toEqual([
      { paragraph: "1.5", words: "gewijzigd in 0.2", name: "gewijzigd in 0.2", href: "/wijzigingen/#wijziging-1-5" },
      { paragraph: "1.6", words: "gewijzigd in 0.2", name: "gewijzigd in 0.2", href: "/wijzigingen/#wijziging-1-6" },
      // New numbers in its dataset; the other figures of the chapter (mantelzorgers, …) have none.
      { paragraph: "figuur-eenzaamheid", words: "gewijzigd in 0.2", name: "gewijzigd in 0.2", href: "/wijzigingen/#wijziging-figuur-eenzaamheid" },
    ]);
    expect(marks("/wijk/")).toEqual([
      { paragraph: "tabel", words: "gewijzigd in 0.2", name: "gewijzigd in 0.2", href: "/wijzigingen/#wijziging-tabel-wijk-ontmoetingsruimte" },
    ]);
    // The paragraph whose footnote went from 2 to 3 (2.12, was 2.13) has none.
    expect(marks("/huis/")).toEqual([
      { paragraph: "2.7", words: "gewijzigd in 0.2", name: "gewijzigd in 0.2", href: "/wijzigingen/#wijziging-2-7" },
      { paragraph: "2.15", words: "verplaatst in 0.2", name: "verplaatst in 0.2", href: "/wijzigingen/#wijziging-2-15" },
    ]);
    for (const { href } of [...marks("/inwoner/"), ...marks("/huis/"), ...marks("/wijk/")]) {
      expect(page("/wijzigingen/").getElementById(href!.split("#")[1]!), href!).not.toBeNull();
    }
  });

  it("marks nothing where nothing changed, nor in edition 0.1, which has no version before it", () => {
    for (const sitePath of ["/stad-en-regio/", "/overheid-en-organisaties/", "/versies/0.1/inwoner/", "/versies/0.1/wijk/", "/versies/0.1/huis/"]) {
      expect(marks(sitePath), sitePath).toEqual([]);
    }
  });

  it("keeps the mark out of the words: a heading's text, the search index and a copied sentence", () => {
    const paragraph = page("/huis/").getElementById("p-2-15")!.parentElement!;
    expect(textOf(paragraph)).not.toContain("verplaatst");
    expect(paragraph.querySelector(".change-mark")!.textContent).toBe("");
  });
});

describe("the renvooi's HTML", () => {
  it("is valid (html-validate, recommended preset)", async () => {
    const config = JSON.parse(readFileSync(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as Record<string, unknown>;
    const validator = new HtmlValidate({ ...config, root: true });
    const messages: string[] = [];
    // /huis/ has marks of what changed in 0.2, which the site as it ships has nowhere.
    for (const sitePath of ["/wijzigingen/", "/versies/", "/huis/", "/inwoner/"]) {
      const report = await validator.validateString(readFileSync(path.join(dist(), sitePath, "index.html"), "utf8"), sitePath);
      for (const result of report.results) messages.push(...result.messages.filter((m) => m.severity >= 2).map((m) => `${sitePath}: ${m.ruleId} ${m.message}`));
    }
    expect(messages).toEqual([]);
  });
});

describe("the renvooi PDF", () => {
  it("has the nota, the changes with their paragraph numbers, and the changed number", () => {
    const text = fold(pageTexts(path.join(dist(), "woonzorgvisie-assen-wijzigingen.pdf")).join("\n"));
    expect(text).toContain("Nota van wijzigingen");
    expect(text).toContain(
      "Alinea 1.5: gewijzigd Veel verwijderd: mensen in toegevoegd: inwoners van Assen verwijderd: zijn bereid toegevoegd: willen graag een ander verwijderd: te helpen.",
    );
    expect(text).toContain(`Was alinea 2.12: verwijderd verwijderd: ${scenario.deleted.sentence}`);
    expect(text).toContain("In de wijk Lariks is dit het hoogst met verwijderd: 56% toegevoegd: 57%.");
    expect(text).toContain(`Versie 2, 12 december 2026: ${scenario.number.changeLog}`);
    expect(text).toMatch(/pagina 1 van \d/);
  });

  // Issue 22, part 1: on paper a page must say what it is, whatever page a raadslid picks up.
  it("opens with a title block: organisation, document, and both versions with their status and date", () => {
    const first = fold(pageTexts(changesPdf())[0]!);
    expect(first).toMatch(
      /^Woonzorgvisie Assen Wijzigingen: versie 0\.2 ten opzichte van versie 0\.1 CONCEPT Gemeente Assen Woonzorgvisie Assen Wijzigingen Nieuwe tekst Versie 0\.2, concept, 12 december 2026 Vergeleken met Versie 0\.1, concept, 28 november 2026 Online te lezen op https:\/\/woonzorgvisie\.assen\.nl\/wijzigingen\/ /,
    );
  });

  it("names the document, both versions and the status on every page", () => {
    const pages = pageTexts(changesPdf()).map(fold);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toMatch(/^Woonzorgvisie Assen Wijzigingen: versie 0\.2 ten opzichte van versie 0\.1 /);
      expect(text, `page ${index + 1}`).toMatch(new RegExp(`Concept · versie 0\\.2, 12 december 2026 pagina ${index + 1} van ${pages.length}$`));
    });
  });

  it('says "verwijderd:" or "toegevoegd:" at every change, as text a screen reader reads (not page furniture)', async () => {
    const marks = page("/wijzigingen/").querySelectorAll("main del, main ins");
    const removed = page("/wijzigingen/").querySelectorAll("main del").length;
    const tagged = (await readPageContents(changesPdf())).map((content) => content.taggedText).join(" ");
    expect(marks.length).toBeGreaterThan(5);
    expect(tagged.match(/verwijderd: /g)?.length, "verwijderd:").toBe(removed);
    expect(tagged.match(/toegevoegd: /g)?.length, "toegevoegd:").toBe(marks.length - removed);
  });

  it("is readable in black and white: all its text dark on white, changes marked by words and lines, not colour", async () => {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(changesPdf())), verbosity: 0 }).promise;
    const colours = new Set<string>();
    try {
      for (let number = 1; number <= pdf.numPages; number++) {
        const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
        let fill = "#000000";
        fnArray.forEach((fn, index) => {
          if (fn === OPS.setFillRGBColor) fill = String((argsArray[index] as unknown[])[0]);
          if (fn === OPS.showText || fn === OPS.showSpacedText) colours.add(fill);
        });
      }
    } finally {
      await pdf.destroy();
    }
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const faint = [...colours].filter((colour) => 1.05 / (luminance(colour) + 0.05) < 7);
    expect(colours.size).toBeGreaterThan(0);
    expect(faint, "text colours below 7:1 against white").toEqual([]);
  });
});

describe("search", () => {
  interface Pagefind {
    options(options: Record<string, unknown>): Promise<void>;
    search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  }

  it("finds the current text only, never an older edition", async () => {
    const pagefind = (await import(pathToFileURL(path.join(dist(), "pagefind", "pagefind.js")).href)) as Pagefind;
    await pagefind.options({ basePath: `${server.url}/pagefind/`, noWorker: true });
    const urls = async (term: string) => Promise.all((await pagefind.search(term)).results.map((hit) => hit.data().then((data) => new URL(data.url).pathname)));
    // "bereid" is only in the sentence that 0.2 changed; /versies/0.1/inwoner/ still has it.
    expect(textOf(page("/versies/0.1/inwoner/").querySelector("article"))).toContain("bereid");
    expect(await urls("bereid")).toEqual([]);
    expect(await urls("graag")).toEqual(expect.arrayContaining(["/inwoner/"]));
    expect((await urls("eenzaam")).filter((url) => url.startsWith("/versies/") || url.startsWith("/wijzigingen/"))).toEqual([]);
  });
});

// Issue 23's "Done when", on the same build: version 0.2 is delivered as a wijzigingsbesluit of 0.1
// whose RegelingMutatie marks exactly what the renvooi marks (and nothing for the paragraphs that
// only moved on a number), turns 0.1's text into 0.2's, and the standard's files accept it.
describe("the official publication (STOP) of 0.2", () => {
  const stop = (version: string) => path.join(dist(), "stop", version);
  const besluit = () => readPackage(stop("0.2"), []).besluit;
  const old = () => readPackage(stop("0.1"), []).besluit;
  /** The wId of the Divisietekst that holds `text`. */
  const wIdOf = (document: Document, text: string) =>
    [...document.getElementsByTagName("Divisietekst")].find((element) => element.textContent?.includes(text))?.getAttribute("wId");
  /** The packages made again from the scenario's sources, as its build made them; and with the facts filled in. */
  let packages: StopPackage[];
  let filled: string;
  let findings: StopFinding[];

  beforeAll(() => {
    packages = sitePackages(site);
    filled = mkdtempSync(path.join(tmpdir(), "wzv-stop-0.2-"));
    for (const [file, bytes] of sitePackages(site, testFacts).at(-1)!.files) writeFileSync(path.join(filled, file), bytes);
    // One validation for both: one xmllint per schema, one JVM for the seven schematrons.
    findings = validateStop(packageXmlFiles([stop("0.2"), filled]));
  }, 120_000);
  afterAll(() => rmSync(filled, { recursive: true, force: true }));
  const errorsIn = (folder: string) => findings.filter((finding) => finding.role === "fout" && path.dirname(finding.file) === folder);

  it("is a RegelingMutatie from 0.1 to 0.2 with exactly the renvooi's changes", () => {
    const mutation = besluit().getElementsByTagName("RegelingMutatie")[0]!;
    expect(mutation.getAttribute("was")).toBe("/akn/nl/act/gm0106/2026/woonzorgvisie/nld@2026-11-28;0-1");
    expect(mutation.getAttribute("wordt")).toBe("/akn/nl/act/gm0106/2026/woonzorgvisie/nld@2026-12-12;0-2");
    const none = { inserted: [], removed: [], wijzigacties: [] };
    expect(mutationActions(besluit())).toEqual([
      // 1.5: the changed sentence, word by word as on /wijzigingen/
      { action: "Vervang", wat: wIdOf(old(), scenario.changed.before), inserted: ["inwoners van", "willen graag"], removed: ["mensen in", "zijn bereid", "te "], wijzigacties: [] },
      // 1.6: the changed number
      { action: "Vervang", wat: wIdOf(old(), "In de wijk Lariks is dit het hoogst met 56%"), inserted: ["57%"], removed: ["56%"], wijzigacties: [] },
      // figure 1: the chart of the new numbers in place of the old one
      { action: "Vervang", wat: wIdOf(old(), "Inwoners die zich wel eens eenzaam voelen"), inserted: [], removed: [], wijzigacties: ["Figuur verwijder", "Figuur voegtoe"] },
      // 2.7: the footnote added to an ambition, mark and text, where it is referred to
      { action: "Vervang", wat: wIdOf(old(), scenario.footnote.sentence), inserted: [`2${scenario.footnote.text}`], removed: [], wijzigacties: [] },
      // 2.12 (was 2.13): its footnote is now number 3; the number is part of the STOP text, so the
      // paragraph is replaced as a revision (revisie="1", nothing of substance), without renvooi marks
      { action: "Vervang", wat: wIdOf(old(), "De vraag naar alle vormen van wonen"), revisie: "1", ...none },
      // 2.15 (was 2.19): the moved paragraph added where it stands now, after 2.14 ...
      { action: "VoegToe", wat: wIdOf(old(), scenario.moved.after.trim()), ...none },
      // 2.12: the deleted paragraph, whole
      { action: "Verwijder", wat: wIdOf(old(), scenario.deleted.sentence), ...none },
      // ... and removed where it stood
      { action: "Verwijder", wat: wIdOf(old(), "Er zijn 130 jongeren onder de 27 jaar"), ...none },
      // De wijk: the changed cell of the data table, and its dataset's new version in the source line
      { action: "Vervang", wat: wIdOf(old(), "De markeringen in deze tabel"), inserted: ["onvoldoende / vraagt aandacht", "2"], removed: ["onbekend (open punt)", "1"], wijzigacties: [] },
    ]);
  });

  it("marks the changed cell in its own entry of the table", () => {
    const entry = [...besluit().getElementsByTagName("entry")].find((node) => node.getElementsByTagName("NieuweTekst").length > 0)!;
    expect(entry.parentElement!.firstElementChild!.textContent?.trim()).toBe(scenario.cell.row);
    expect(entry.textContent?.trim()).toBe("onbekend (open punt)onvoldoende / vraagt aandacht");
  });

  it("is made from the scenario's sources (the packages made again here are the built ones)", () => {
    expect(packages.map((stopPackage) => stopPackage.version)).toEqual(["0.1", "0.2"]);
    for (const stopPackage of packages) {
      for (const [file, bytes] of stopPackage.files) expect(Buffer.from(bytes).equals(readFileSync(path.join(stop(stopPackage.version), file))), `${stopPackage.version}/${file}`).toBe(true);
    }
  });

  it("turns 0.1's text into 0.2's: 0.1's regeling with the mutation carried out is 0.2's, word for word and id for id", () => {
    const was = old().getElementsByTagName("RegelingVrijetekst")[0]!.getElementsByTagName("Lichaam")[0]!;
    const wordt = parseXml(serializeElement(packages[1]!.text.lichaam)).documentElement;
    expect(comparable(applyMutation(was, besluit().getElementsByTagName("RegelingMutatie")[0]!))).toBe(comparable(wordt));
  });

  it("keeps the eId and wId of every paragraph that only got a new number; the moved one is new in 0.2", () => {
    const [before, after] = packages.map((stopPackage) => parseXml(serializeElement(stopPackage.text.lichaam)));
    const ids = (document: Document, text: string) => {
      const element = [...document.getElementsByTagName("Divisietekst")].find((node) => node.textContent?.includes(text))!;
      return `${element.getAttribute("eId")} ${element.getAttribute("wId")}`;
    };
    // 2.12 and 2.14 (were 2.13 and 2.15), 2.16 (was 2.16, after the move) and 2.19 (was 2.20).
    for (const text of ["De vraag naar alle vormen van wonen", "Binnen de totale woningvoorraad", "Van alle Assenaren heeft 34% belangstelling", scenario.moved.after.trim()]) {
      expect(ids(after!, text), text).toBe(ids(before!, text));
    }
    expect(ids(after!, "Er zijn 130 jongeren onder de 27 jaar")).toMatch(/^div_o_2__div_o_1__content_o_\d+ gm0106_0-2__div_o_2__div_o_1__content_o_\d+$/);
  });

  it("carries only the chart it adds, and passes the XSD and the seven schematrons but for the unknown facts", () => {
    const added = [...besluit().getElementsByTagName("Illustratie")].filter((node) => node.parentElement?.getAttribute("wijzigactie") === "voegtoe").map((node) => node.getAttribute("naam"));
    expect(added).toEqual([expect.stringMatching(/^figuur-eenzaamheid-[0-9a-f]{10}\.png$/)]);
    expect(readdirSync(stop("0.2")).filter((file) => file.endsWith(".png"))).toEqual(added);
    expect(errorsIn(stop("0.2")).map((finding) => `${finding.source} ${finding.id} ${path.basename(finding.file)}`), formatStopFindings(errorsIn(stop("0.2")))).toEqual([
      "xsd RegelingMetadata besluit.xml",
      "xsd publicatie opdracht.xml",
      "imop-metadata.sch STOP1034 besluit.xml",
      "imop-metadata.sch STOP1034 besluit.xml",
    ]);
  });

  it("passes them with no error at all once the facts are filled in", () => {
    expect(errorsIn(filled), formatStopFindings(errorsIn(filled))).toEqual([]);
  });
});
