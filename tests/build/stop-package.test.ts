// The official publication of edition 0.1 (issue 23), as `npm run build` wrote it into dist/stop/:
// a delivery for the LVBB that holds the whole text of the edition, word for word, and that the
// standard's own XSDs and schematrons accept except where a fact the visie does not give is left
// out; with those facts filled in, it passes with no error at all.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textAttribute, listAttribute, flagAttribute } from "../../src/lib/content/model/attributes.ts";
import type { Block, ChapterModel, Inline } from "../../src/lib/content/model/types.ts";
import { allBlocks } from "../../src/lib/content/model/walk.ts";
import { figureIndex } from "../../src/lib/content/figure-index.ts";
import { inlineValue } from "../../src/lib/datasets/inline-value.ts";
import { findDataset } from "../../src/lib/datasets/lookup.ts";
import { editionSource, type DocumentSource } from "../../src/lib/editions/source.ts";
import { figureText, sourceLineOf } from "../../src/lib/figures/figure-text.ts";
import { tableModel } from "../../src/lib/figures/table-model.ts";
import { publicationFacts } from "../../src/lib/stop/facts.ts";
import { editionPackage } from "../../src/lib/stop/package.ts";
import { pngRenderer } from "../../src/lib/stop/png.ts";
import { chapterPageFile, chartOnPage } from "../../src/lib/stop/site-charts.ts";
import { t } from "../../src/i18n/t.ts";
import { loadPage } from "../support/dist.ts";
import { distDir, projectRoot } from "../support/paths.ts";
import { childrenNamed, parseXml, readPackage, testFacts, zipEntries } from "../support/stop-package.ts";
import { formatFindings, packageXmlFiles, validateStop, type Finding } from "../support/stop-validation.ts";

const folder = path.join(distDir, "stop", "0.1");
const files = readdirSync(folder).sort();
const built = readPackage(folder, files);
const source = editionSource(projectRoot, "0.1");

let scratch: string;
let findings: Finding[];
const variants = { filled: "", adopted: "", brokenList: "", brokenIds: "" };

/** The package of edition 0.1 rendered here with the test facts (and, for "adopted", as vastgesteld). */
function writeVariant(name: string, status: "concept" | "vastgesteld"): string {
  const info = { ...source.info, status, publicatie: testFacts };
  const stopPackage = editionPackage({
    source: { ...source, info },
    info,
    facts: publicationFacts(info, info),
    first: source.info,
    siteUrl: "https://woonzorgvisie.assen.nl",
    chartSvg: (figureId, chapterId) => chartOnPage(readFileSync(path.join(distDir, chapterPageFile("0.1", chapterId)), "utf8"), figureId),
    draw: pngRenderer(path.join(projectRoot, "node_modules/.cache/wzv-stop-png")).draw,
  });
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, bytes] of stopPackage.files) writeFileSync(path.join(dir, file), bytes);
  return dir;
}

/** A copy of the built besluit.xml with one element broken. */
function writeBroken(name: string, edit: (text: string) => string): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const edited = edit(built.besluitText);
  expect(edited).not.toBe(built.besluitText);
  writeFileSync(path.join(dir, "besluit.xml"), edited);
  return dir;
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "wzv-stop-"));
  variants.filled = writeVariant("filled", "concept");
  variants.adopted = writeVariant("adopted", "vastgesteld");
  // A list item outside its list: the first <Li> moved out of its <Lijst>, into the <Inhoud>.
  variants.brokenList = writeBroken("broken-list", (text) => text.replace(/(<Lijst [^>]*>)(\s*)(<Li [\s\S]*?<\/Li>)/, "$3$2$1"));
  // Two paragraphs with one eId and wId: the second Divisietekst takes the first one's.
  variants.brokenIds = writeBroken("broken-ids", (text) => {
    const [first, second] = [...text.matchAll(/<Divisietekst eId="([^"]+)" wId="([^"]+)"/g)];
    return text.replace(second![0], `<Divisietekst eId="${first![1]}" wId="${first![2]}"`);
  });
  // Every package in one validation: one xmllint per schema, one JVM for the seven schematrons.
  findings = validateStop(packageXmlFiles([folder, variants.filled, variants.adopted, variants.brokenList, variants.brokenIds]));
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const findingsIn = (dir: string) => findings.filter((finding) => path.dirname(finding.file) === dir);
const errors = (dir: string) => findingsIn(dir).filter((finding) => finding.role === "fout");
const brief = (list: readonly Finding[]) => list.map((finding) => `${finding.source} ${finding.id} ${path.basename(finding.file)}`);

describe("the delivery in dist/stop/0.1/", () => {
  it("has besluit.xml, opdracht.xml, manifest.xml and one PNG per chart, and the zip holds the same files", () => {
    const figures = source.model.chapters.flatMap((chapter) => [...allBlocks(chapter.blocks)].filter(({ block }) => block.kind === "figure"));
    expect(files.filter((file) => file.endsWith(".xml"))).toEqual(["besluit.xml", "manifest.xml", "opdracht.xml"]);
    expect(files.filter((file) => file.endsWith(".png"))).toHaveLength(figures.length);
    const zip = zipEntries(path.join(distDir, "stop", "0.1.zip"));
    expect(Object.keys(zip).sort()).toEqual(files);
    for (const file of files) expect(Buffer.from(zip[file]!).equals(readFileSync(path.join(folder, file))), file).toBe(true);
  });

  it("lists every file in manifest.xml", () => {
    const manifest = parseXml(readFileSync(path.join(folder, "manifest.xml"), "utf8"));
    const listed = [...manifest.getElementsByTagName("bestandsnaam")].map((node) => node.textContent);
    expect(listed.sort()).toEqual(files);
  });

  it("is an AanleveringBesluit 1.2.0 with BesluitVersie and RegelingVersieInformatie, and opdracht.xml a validatieOpdracht for it", () => {
    const root = built.besluit.documentElement;
    expect(root.localName).toBe("AanleveringBesluit");
    expect(root.getAttribute("schemaversie")).toBe("1.2.0");
    expect(childrenNamed(root, "BesluitVersie", "RegelingVersieInformatie").map((node) => node.localName)).toEqual(["BesluitVersie", "RegelingVersieInformatie"]);
    const opdracht = parseXml(readFileSync(path.join(folder, "opdracht.xml"), "utf8")).documentElement;
    expect(opdracht.localName).toBe("validatieOpdracht");
    expect(opdracht.getElementsByTagName("publicatie")[0]?.textContent).toBe("besluit.xml");
  });

  it("names the regeling /akn/nl/act/gm0106/2026/woonzorgvisie, this edition nld@2026-11-28;0-1, made by the gemeente (TOOI)", () => {
    const text = (name: string) => [...built.besluit.getElementsByTagName(name)].map((node) => node.textContent);
    expect(text("FRBRWork")).toEqual(["/akn/nl/bill/gm0106/2026/woonzorgvisie-0-1", "/akn/nl/act/gm0106/2026/woonzorgvisie"]);
    expect(text("FRBRExpression")).toEqual(["/akn/nl/bill/gm0106/2026/woonzorgvisie-0-1/nld@2026-11-28;1", "/akn/nl/act/gm0106/2026/woonzorgvisie/nld@2026-11-28;0-1"]);
    expect(new Set(text("eindverantwoordelijke"))).toEqual(new Set(["/tooi/id/gemeente/gm0106"]));
    expect(text("soortProcedure")).toEqual(["/join/id/stop/proceduretype_ontwerp"]);
    expect(text("officieleTitel")).toEqual(["Ontwerpbesluit tot vaststelling van de Woonzorgvisie Assen", "Woonzorgvisie Assen"]);
  });

  it("is linked from /versies/ as “Officiële publicatie (STOP)”", () => {
    const link = [...loadPage("/versies/").querySelectorAll(".versions-list__links a")].find((a) => a.textContent?.startsWith("Officiële publicatie (STOP"));
    expect(link?.getAttribute("href")).toBe("/stop/0.1.zip");
  });
});

describe("the charts", () => {
  it("are PNGs drawn from the SVG the edition's chapter page shows, each named after that SVG", () => {
    const names = [...built.besluit.getElementsByTagName("Illustratie")].map((node) => node.getAttribute("naam")!);
    expect(names.sort()).toEqual(files.filter((file) => file.endsWith(".png")));
    // Edition 0.1's own pages (/versies/0.1/…): the package is of that edition.
    const pages = source.model.chapters.map((chapter) => readFileSync(path.join(distDir, "versies", "0.1", chapter.id, "index.html"), "utf8"));
    for (const name of names) {
      const [, id, hash] = /^figuur-(.+)-([0-9a-f]{10})\.png$/.exec(name)!;
      const svg = pages.map((html) => new RegExp(`<svg[^>]*aria-labelledby="figuur-${id}-chart-title"[\\s\\S]*?</svg>`).exec(html)?.[0]).find(Boolean);
      expect(svg, id).toBeDefined();
      expect(createHash("sha256").update(svg!).digest("hex").slice(0, 10), id).toBe(hash);
      const png = readFileSync(path.join(folder, name));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      const illustratie = [...built.besluit.getElementsByTagName("Illustratie")].find((node) => node.getAttribute("naam") === name)!;
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(illustratie.getAttribute("breedte")), Number(illustratie.getAttribute("hoogte"))]);
    }
  });
});

/** The words of a chapter as the document model has them, in reading order, each component read
 * as its page shows it: values as they read, "figuur 3", footnotes where they are referred to. */
function modelWords(chapter: ChapterModel, document: DocumentSource): string[] {
  const figures = figureIndex(document.model);
  const inline = (inlines: readonly Inline[]): string =>
    inlines
      .map((node): string => {
        switch (node.kind) {
          case "text":
            return node.text;
          case "value": {
            const flag = (name: string) => (typeof node.attributes[name] === "boolean" ? (node.attributes[name] as boolean) : undefined);
            const tag = { of: textAttribute(node.attributes, "of")!, row: textAttribute(node.attributes, "row")!, col: textAttribute(node.attributes, "col") };
            return inlineValue(document.datasets, { ...tag, unit: flag("unit"), qualifier: flag("qualifier"), capitalize: flag("capitalize") }).text;
          }
          case "ref":
            return `figuur ${figures.get(textAttribute(node.attributes, "to")!)!.number}`;
          case "footnote-ref": {
            const footnote = chapter.footnotes.find((candidate) => candidate.label === node.label)!;
            return ` ${footnote.footnoteNumber} ${[...allBlocks(footnote.children)].map(({ block }) => ("inlines" in block ? inline(block.inlines) : "")).join(" ")} `;
          }
          case "open-point":
            return `${inline(node.children)} (open punt: ${textAttribute(node.attributes, "reason")})`;
          case "image":
            return "";
          default:
            return inline(node.children);
        }
      })
      .join("");
  const words: string[] = [chapter.title];
  const read = (block: Block): void => {
    switch (block.kind) {
      case "heading":
      case "paragraph":
      case "list-item":
        words.push(inline(block.inlines));
        if (block.kind === "list-item") block.children.forEach(read);
        return;
      case "note":
        words.push(textAttribute(block.attributes, "title") ?? t("note.title"));
        block.children.forEach(read);
        return;
      case "quote":
        block.children.forEach(read);
        words.push(block.source ?? "");
        return;
      case "open-point":
        if (flagAttribute(block.attributes, "block")) words.push(`Open punt: ${textAttribute(block.attributes, "reason")}`);
        block.children.forEach(read);
        return;
      case "ambitions":
        block.children.forEach(read);
        return;
      case "figure": {
        const dataset = findDataset(document.datasets, textAttribute(block.attributes, "dataset")!);
        const id = textAttribute(block.attributes, "id")!;
        const view = figureText(dataset, { id, title: textAttribute(block.attributes, "title"), caption: textAttribute(block.attributes, "caption") });
        words.push(`Figuur ${figures.get(id)!.number}`, view.heading, view.caption, view.sourceLine);
        return;
      }
      case "data-table": {
        const dataset = findDataset(document.datasets, textAttribute(block.attributes, "dataset")!);
        const table = tableModel(dataset, { columns: listAttribute(block.attributes, "columns"), rows: listAttribute(block.attributes, "rows") });
        words.push(textAttribute(block.attributes, "caption") ?? dataset.meta.title, ...table.columns.map((column) => column.title), ...table.rows.flat().map((cell) => cell.text), sourceLineOf(dataset));
        return;
      }
      case "table":
        words.push(...block.rows.flatMap((row) => row.cells.map(inline)));
        return;
      default:
        return;
    }
  };
  chapter.blocks.forEach(read);
  return words.join(" ").split(/\s+/).filter(Boolean);
}

/** Elements inside a sentence: their words run on with the words around them. */
const inlineElements = new Set(["IntRef", "ExtRef", "NieuweTekst", "VerwijderdeTekst", "i", "b", "u", "sub", "sup", "strong"]);

/** The words of a chapter's <Divisie> in the STOP text, in document order (a quote's source after it). */
function stopWords(divisie: Element): string[] {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    const boundary = node.nodeType === 1 && !inlineElements.has((node as Element).localName) ? " " : "";
    parts.push(boundary);
    for (const child of [...node.childNodes]) walk(child);
    parts.push(boundary);
    if (node.nodeType === 1 && (node as Element).localName === "Citaat") parts.push(` ${(node as Element).getAttribute("bron") ?? ""} `);
  };
  walk(divisie);
  return parts.join("").split(/\s+/).filter(Boolean);
}

describe("the regeling: the text whole", () => {
  const regeling = built.besluit.getElementsByTagName("RegelingVrijetekst")[0]!;
  const lichaam = childrenNamed(regeling, "Lichaam")[0]!;
  const chapters = childrenNamed(lichaam, "Divisie");

  it("is a RegelingVrijetekst with one Divisie per chapter, titled as the chapter", () => {
    expect(chapters.map((divisie) => childrenNamed(divisie, "Kop")[0]!.textContent?.trim())).toEqual(source.model.chapters.map((chapter) => chapter.title));
  });

  it.each(source.model.chapters.map((chapter, index) => ({ chapter, index, id: chapter.id })))("has every word and number of $id, in order, and nothing else", ({ chapter, index }) => {
    expect(stopWords(chapters[index]!)).toEqual(modelWords(chapter, source));
  });

  it("has a nested Divisie per section heading, a Li per list item, a Figuur per chart, a table per data table and a Noot per footnote", () => {
    const count = (kind: Block["kind"]) => source.model.chapters.reduce((sum, chapter) => sum + [...allBlocks(chapter.blocks)].filter(({ block }) => block.kind === kind).length, 0);
    const headingsOutsideBoxes = source.model.chapters.reduce((sum, chapter) => sum + chapter.blocks.filter((block) => block.kind === "heading").length, 0);
    expect(lichaam.getElementsByTagName("Divisie").length - chapters.length).toBe(headingsOutsideBoxes);
    expect(lichaam.getElementsByTagName("Li").length).toBe(count("list-item"));
    expect(lichaam.getElementsByTagName("Figuur").length).toBe(count("figure"));
    expect(lichaam.getElementsByTagName("table").length).toBe(count("data-table") + count("table"));
    expect(lichaam.getElementsByTagName("Noot").length).toBe(source.model.chapters.reduce((sum, chapter) => sum + chapter.footnotes.length, 0));
    expect(lichaam.getElementsByTagName("Citaat").length).toBe(count("quote"));
    expect(lichaam.getElementsByTagName("Kadertekst").length).toBe(count("note") + count("ambitions") + count("open-point"));
  });

  it("gives every paragraph, list, figure and box an eId and wId by STOP's naming rules", () => {
    const identified = [...lichaam.querySelectorAll("[eId]")];
    expect(identified.length).toBeGreaterThan(100);
    for (const element of identified) {
      const eId = element.getAttribute("eId")!;
      expect(element.getAttribute("wId")).toBe(`gm0106_0-1__${eId}`);
      expect(eId).toMatch(/^(div|content|list|item|img|table|recital|cit)_o_\d+(__(div|content|list|item|img|table|recital|cit)_o_\d+)*$/);
    }
  });
});

describe("validation against the standard's own files (XSD, seven schematrons)", () => {
  it("finds in the built package only what the unknown facts leave out: soortRegeling, soortBestuursorgaan and the OINs", () => {
    expect(brief(errors(folder)), formatFindings(findingsIn(folder))).toEqual([
      "xsd RegelingMetadata besluit.xml", // soortRegeling missing: publicatie.soortRegeling is onbekend
      "xsd publicatie opdracht.xml", // idBevoegdGezag (and idAanleveraar, datumBekendmaking) missing
      "imop-metadata.sch STOP1034 besluit.xml", // soortBestuursorgaan of the besluit
      "imop-metadata.sch STOP1034 besluit.xml", // and of the regeling
    ]);
  });

  it("finds no error at all once the facts are filled in, as ontwerpbesluit and as vastgesteld besluit", () => {
    expect(errors(variants.filled), formatFindings(findingsIn(variants.filled))).toEqual([]);
    expect(errors(variants.adopted), formatFindings(findingsIn(variants.adopted))).toEqual([]);
    const adopted = parseXml(readFileSync(path.join(variants.adopted, "besluit.xml"), "utf8"));
    expect(adopted.getElementsByTagName("soortProcedure")[0]?.textContent).toBe("/join/id/stop/proceduretype_definitief");
    expect([...adopted.getElementsByTagName("soortStap")].map((node) => node.textContent)).toEqual(["/join/id/stop/procedure/stap_002", "/join/id/stop/procedure/stap_003"]);
  });

  it("puts the aanhef and the sluiting from document.json around the Lichaam, paragraph by paragraph, and leaves them out while unknown", () => {
    const filled = parseXml(readFileSync(path.join(variants.filled, "besluit.xml"), "utf8"));
    const compact = filled.getElementsByTagName("BesluitCompact")[0]!;
    expect(childrenNamed(compact, "RegelingOpschrift", "Aanhef", "Lichaam", "Sluiting", "WijzigBijlage").map((node) => node.localName)).toEqual([
      "RegelingOpschrift",
      "Aanhef",
      "Lichaam",
      "Sluiting",
      "WijzigBijlage",
    ]);
    const paragraphsOf = (name: string) => [...filled.getElementsByTagName(name)[0]!.getElementsByTagName("Al")].map((al) => al.textContent);
    expect(paragraphsOf("Aanhef")).toEqual(["Aanhef voor de test.", "Besluit:"]);
    expect(paragraphsOf("Sluiting")).toEqual(["Sluiting voor de test."]);
    expect(built.besluit.getElementsByTagName("Aanhef").length + built.besluit.getElementsByTagName("Sluiting").length).toBe(0);
  });

  it("fails a list item outside its list with the standard's message", () => {
    expect(errors(variants.brokenList).map((finding) => `${finding.id}: ${finding.message}`)).toContainEqual(expect.stringMatching(/^Li: Element '\{https:\/\/standaarden\.overheid\.nl\/stop\/imop\/tekst\/\}Li': This element is not expected\. Expected is one of/));
  });

  it("fails two elements with one eId and wId with the schematron's message", () => {
    const messages = errors(variants.brokenIds).map((finding) => `${finding.source} ${finding.id}: ${finding.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^imop-tekstmutaties\.sch STOP0027: De eId '.+' binnen component woonzorgvisie moet uniek zijn\./));
    expect(messages).toContainEqual(expect.stringMatching(/^imop-tekstmutaties\.sch STOP0028: De wId '.+' binnen component woonzorgvisie moet uniek zijn\./));
  });
});
