// Issue 11's "Done when", built once per run in a temporary copy (shared with the other test files
// that need it, tests/support/scenario-site.ts): on top of edition 0.1, the version is raised to
// 0.2, one sentence changed, another deleted, and one number changed with a new dataset version.
// The built site must show both versions, the old text and number under /versies/0.1/, and a
// renvooi that marks exactly those three changes; search must not find the old text.
import { readFileSync, statSync } from "node:fs";
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
    expect(textOf(items[0]!)).toContain("1 alinea gewijzigd, 1 alinea verwijderd, 1 getal gewijzigd en 1 figuur of tabel gewijzigd, in De inwoner en Het huis.");
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
  const siteWide = new Set(["/versies/", "/data/", "/toegankelijkheid/", "/zoeken/"]);

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
  it("marks exactly the three changes, word by word, and nothing else", () => {
    expect(changes(page("/wijzigingen/"))).toEqual([
      { label: "Alinea 1.5: gewijzigd", inserted: ["toegevoegd: inwoners van", "toegevoegd: willen graag"], removed: ["verwijderd: mensen in", "verwijderd: zijn bereid", "verwijderd: te"] },
      { label: "Alinea 1.6: getal gewijzigd", inserted: ["toegevoegd: 57%"], removed: ["verwijderd: 56%"] },
      { label: "Figuur 1: nieuwe cijfers", inserted: [], removed: [] },
      { label: "Was alinea 2.12: verwijderd", inserted: [], removed: [`verwijderd: ${scenario.deleted.sentence}`] },
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
      ["De inwoner", "1", "0", "0", "1", "1"],
      ["Het huis", "0", "0", "1", "0", "0"],
      ["De wijk", "0", "0", "0", "0", "0"],
      ["De stad en regio", "0", "0", "0", "0", "0"],
      ["De overheid en organisaties", "0", "0", "0", "0", "0"],
      ["Totaal", "1", "0", "1", "1", "1"],
    ]);
  });

  it("leaves unchanged paragraphs out, saying how many and which, by their new numbers", () => {
    const gaps = (chapter: string) => [...page("/wijzigingen/").querySelectorAll(`#wijzigingen-${chapter} .renvooi-gap`)].map((gap) => textOf(gap));
    expect(gaps("inwoner")).toEqual(["4 ongewijzigde alinea’s weggelaten (1.1–1.4).", "6 ongewijzigde alinea’s weggelaten (1.7–1.12)."]);
    // 2.12 is gone: what was 2.13 is now 2.12.
    expect(gaps("huis")).toEqual(["11 ongewijzigde alinea’s weggelaten (2.1–2.11).", "8 ongewijzigde alinea’s weggelaten (2.12–2.19)."]);
    expect(textOf(page("/wijzigingen/").querySelector("#wijzigingen-wijk"))).toContain("Geen wijzigingen in dit hoofdstuk (22 alinea’s, 3.1–3.22).");
  });

  it("links each paragraph number to that paragraph, the old number to the old edition", () => {
    const links = [...page("/wijzigingen/").querySelectorAll(".renvooi-item__label a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["/inwoner/#p-1-5", "/inwoner/#p-1-6", "/inwoner/#figuur-eenzaamheid", "/versies/0.1/huis/#p-2-12"]);
    expect(textOf(page("/versies/0.1/huis/").getElementById("p-2-12")!.parentElement)).toContain(scenario.deleted.sentence);
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

    it('says "toegevoegd:" and "verwijderd:" before each change', async () => {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/wijzigingen/`);
      const snapshot = await tab.locator("#wijzigingen-inwoner .renvooi-item").first().ariaSnapshot();
      await tab.close();
      expect(snapshot).toContain("deletion: \"verwijderd: mensen in\"");
      expect(snapshot).toContain("insertion: \"toegevoegd: inwoners van\"");
    });
  });
});

describe("the renvooi's HTML", () => {
  it("is valid (html-validate, recommended preset)", async () => {
    const config = JSON.parse(readFileSync(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as Record<string, unknown>;
    const validator = new HtmlValidate({ ...config, root: true });
    const messages: string[] = [];
    for (const sitePath of ["/wijzigingen/", "/versies/"]) {
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
