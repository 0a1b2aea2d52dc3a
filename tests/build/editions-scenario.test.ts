// Issue 11's "Done when", built once in a temporary copy: on top of edition 0.1, the version is
// raised to 0.2, one sentence changed, another deleted, and one number changed with a new dataset
// version. The built site must show both versions, the old text and number under /versies/0.1/,
// and a renvooi that marks exactly those three changes; search must not find the old text.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { launchBrowser } from "../support/browser.ts";
import { axeFindings } from "../quality/gates/accessibility.ts";
import { formatFindings, type Finding } from "../quality/gates/findings.ts";
import { reflowFindings } from "../quality/gates/layout.ts";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { textOf } from "../support/dist.ts";
import { applyScenario, scenario } from "../support/edition-scenario.ts";
import { fold, pageTexts } from "../support/pdf.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";
import { projectRoot } from "../support/paths.ts";
import { mutationActions, readPackage } from "../support/stop-package.ts";
import { formatFindings as formatStopFindings, packageXmlFiles, validateStop } from "../support/stop-validation.ts";

let project: TempProject;
let result: BuildResult;
let server: StaticServer;
const dist = () => project.file("dist");
const page = (sitePath: string) => parseHTML(readFileSync(path.join(dist(), sitePath, "index.html"), "utf8")).document;

beforeAll(async () => {
  project = makeTempProject();
  applyScenario(project);
  result = buildSite(project.root);
  server = await serveStatic(dist());
}, 300_000);

afterAll(async () => {
  await server?.close();
  project?.remove();
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
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(result.output).toContain("woonzorgvisie-assen-wijzigingen.pdf");
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
    expect(text).toContain("Alinea 1.5: gewijzigd Veel mensen in inwoners van Assen zijn bereid willen graag een ander te helpen.");
    expect(text).toContain(`Was alinea 2.12: verwijderd ${scenario.deleted.sentence}`);
    expect(text).toContain("In de wijk Lariks is dit het hoogst met 56% 57%.");
    expect(text).toContain(`Versie 2, 12 december 2026: ${scenario.number.changeLog}`);
    expect(text).toMatch(/pagina 1 van \d/);
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
// only moved on a number), and the standard's files accept it.
describe("the official publication (STOP) of 0.2", () => {
  const stop = (version: string) => path.join(dist(), "stop", version);
  const besluit = () => readPackage(stop("0.2"), []).besluit;
  const wIdOf = (document: Document, text: string) =>
    [...document.getElementsByTagName("Divisietekst")].find((element) => element.textContent?.includes(text))?.getAttribute("wId");

  it("is a RegelingMutatie from 0.1 to 0.2 with exactly the renvooi's changes", () => {
    const old = readPackage(stop("0.1"), []).besluit;
    const mutation = besluit().getElementsByTagName("RegelingMutatie")[0]!;
    expect(mutation.getAttribute("was")).toBe("/akn/nl/act/gm0106/2026/woonzorgvisie/nld@2026-11-28;0-1");
    expect(mutation.getAttribute("wordt")).toBe("/akn/nl/act/gm0106/2026/woonzorgvisie/nld@2026-12-12;0-2");
    expect(mutationActions(besluit())).toEqual([
      // 1.5: the changed sentence, word by word as on /wijzigingen/
      { action: "Vervang", wat: wIdOf(old, scenario.changed.before), inserted: ["inwoners van", "willen graag"], removed: ["mensen in", "zijn bereid", "te "], wijzigacties: [] },
      // 1.6: the changed number
      { action: "Vervang", wat: wIdOf(old, "In de wijk Lariks is dit het hoogst met 56%"), inserted: ["57%"], removed: ["56%"], wijzigacties: [] },
      // figure 1: the chart of the new numbers in place of the old one
      { action: "Vervang", wat: wIdOf(old, "Inwoners die zich wel eens eenzaam voelen"), inserted: [], removed: [], wijzigacties: ["Figuur verwijder", "Figuur voegtoe"] },
      // 2.12: the deleted paragraph, whole
      { action: "Verwijder", wat: wIdOf(old, scenario.deleted.sentence), inserted: [], removed: [], wijzigacties: [] },
    ]);
  });

  it("carries only the chart it adds, and passes the XSD and the seven schematrons but for the unknown facts", () => {
    const added = [...besluit().getElementsByTagName("Illustratie")].filter((node) => node.parentElement?.getAttribute("wijzigactie") === "voegtoe").map((node) => node.getAttribute("naam"));
    expect(added).toEqual([expect.stringMatching(/^figuur-eenzaamheid-[0-9a-f]{10}\.png$/)]);
    expect(readdirSync(stop("0.2")).filter((file) => file.endsWith(".png"))).toEqual(added);
    const findings = validateStop(packageXmlFiles([stop("0.2")])).filter((finding) => finding.role === "fout");
    expect(findings.map((finding) => `${finding.source} ${finding.id} ${path.basename(finding.file)}`), formatStopFindings(findings)).toEqual([
      "xsd RegelingMetadata besluit.xml",
      "xsd publicatie opdracht.xml",
      "imop-metadata.sch STOP1034 besluit.xml",
      "imop-metadata.sch STOP1034 besluit.xml",
    ]);
  }, 120_000);
});
