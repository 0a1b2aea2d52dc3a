// PDF/UA-1 (ISO 14289-1) on the PDFs the build prints, checked by reading the files: what a
// validator such as veraPDF or PAC checks by machine, as far as this project can without one.
// docs/pdf-toegankelijkheid.md lists these checks by Matterhorn Protocol failure condition,
// and what is left for a person with PAC or veraPDF. The same checks hold for the document's PDF
// (this run's build) and the renvooi PDF (the run's shared 0.2 scenario build, which has one).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDocument } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPage, textOf } from "../support/dist.ts";
import { distDir, projectRoot } from "../support/paths.ts";
import { fold, pageTexts, pdfInfo, pdfOutline, pdfPath } from "../support/pdf.ts";
import { scenarioSite, scenarioTimeout } from "../support/scenario-site.ts";
import { readPageContents, type PageContent } from "../support/pdf-content.ts";
import { flattenTags, isTrue, readPdfStructure, text, type PdfStructure, type TagNode } from "../support/pdf-structure.ts";
import { changesPdfFileName } from "../../src/lib/content/addresses.ts";

interface DocumentJson {
  title: string;
  organisation: string;
  version: string;
  date: string;
}

const readDocumentJson = (root: string) => JSON.parse(readFileSync(path.join(root, "src/content/document.json"), "utf8")) as DocumentJson;

/** A printed PDF and what it should say of itself. */
interface PdfUnderTest {
  name: string;
  /** The file, and the built site and project it belongs to. */
  locate(): Promise<{ file: string; dist: string; root: string }>;
  /** The page it is printed from. */
  page: string;
  /** Its title (Info Title, dc:title) and what its subject says. */
  title(document: DocumentJson): string;
  subject: RegExp;
  /** The charts are Figures: only the document has charts, and a contents page. */
  hasCharts: boolean;
  hasContents: boolean;
  /** The first page that carries running heads (the document's cover has none). */
  firstFurnishedPage: number;
  /** Text drawn as page furniture on a page besides the document's title, the footer and the page number. */
  runningHeads(document: DocumentJson, dist: string, file: string): Promise<(page: number) => string[]>;
  /** What the page it is printed from shows as links to the web, and its tables. */
  webLinks: string;
  tables: string;
  minimumLinks: number;
}

const documentPdf: PdfUnderTest = {
  name: "the document",
  locate: async () => ({ file: pdfPath, dist: distDir, root: projectRoot }),
  page: "/document/",
  title: (document) => document.title,
  subject: /wonen, welzijn en zorg/,
  hasCharts: true,
  hasContents: true,
  firstFurnishedPage: 2,
  runningHeads: async (_document, dist, file) => {
    const outline = await pdfOutline(file);
    const chapters = [...loadPage("/", dist).querySelectorAll(".chapter-nav a")].map((link, index) => ({
      head: `${index + 1}. ${textOf(link)}`,
      opens: outline.find((entry) => entry.title === textOf(link))!.page,
    }));
    return (page) => chapters.filter((c) => c.opens <= page).slice(-1).map((c) => c.head);
  },
  webLinks: '.document-chapter a[href^="http"]',
  tables: ".document-chapter table",
  minimumLinks: 11,
};

const renvooiPdf: PdfUnderTest = {
  name: "the renvooi",
  locate: async () => {
    const { dist, root } = await scenarioSite();
    return { file: path.join(dist, changesPdfFileName), dist, root };
  },
  page: "/wijzigingen/",
  title: (document) => `Wijzigingen in de ${document.title}, versie ${document.version} ten opzichte van versie 0.1`,
  subject: /^Renvooi: wat er veranderde in de .+ van versie 0\.1 naar versie [\d.]+ \((concept|vastgesteld), \d+ \S+ \d{4}\)\.$/,
  hasCharts: false,
  hasContents: false,
  firstFurnishedPage: 1,
  runningHeads: async (document) => () => [`Wijzigingen: versie ${document.version} ten opzichte van versie 0.1`],
  // The links to the document's paragraphs and figures, which lead to the site from paper.
  webLinks: 'main :is(.renvooi-numbers, .renvooi-chapter) a[href^="/"]',
  tables: "main table",
  minimumLinks: 1,
};

/** ISO 32000-1, 14.8.4: the standard structure types of PDF 1.7, on which PDF/UA-1 builds. */
const standardTypes = new Set(
  ("Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 " +
    "L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot " +
    "Ruby RB RT RP Warichu WT WP Figure Formula Form").split(" "),
);

describe.each([documentPdf, renvooiPdf])("PDF/UA-1: $name", (pdf) => {
  let file: string;
  let dist: string;
  let documentJson: DocumentJson;
  let structure: PdfStructure;
  let doc: PDFDocument;
  let info: Record<string, string>;

  beforeAll(async () => {
    const located = await pdf.locate();
    ({ file, dist } = located);
    documentJson = readDocumentJson(located.root);
    structure = await readPdfStructure(file);
    doc = structure.doc;
    info = pdfInfo(file);
  }, scenarioTimeout + 10_000);

  /** The type after the RoleMap, as a reader sees it. */
  function standardType(node: TagNode): string {
    let type = node.type;
    const seen = new Set<string>();
    while (!standardTypes.has(type) && structure.roleMap[type] && !seen.has(type)) {
      seen.add(type);
      type = structure.roleMap[type]!;
    }
    return type;
  }

  /** D:20261128000000Z (or with +01'00') as a Date. */
  function pdfDate(value: string): Date {
    const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'\d{2}'?)?$/.exec(value);
    if (!m) throw new Error(`not a PDF date: ${value}`);
    const zone = !m[7] || m[7] === "Z" ? "Z" : `${m[7].slice(0, 3)}:${m[7].slice(4, 6)}`;
    return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  }

  describe("PDF/UA-1 metadata", () => {
    let xmp: Map<string, unknown>;
    let rawXmp: string;
    let infoDict: Record<string, string>;

    beforeAll(async () => {
      const pdfjs = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
      try {
        const { metadata, info: pdfjsInfo } = (await pdfjs.getMetadata()) as unknown as {
          metadata: Iterable<[string, unknown]> | null;
          info: Record<string, string>;
        };
        xmp = new Map(metadata ?? []);
        infoDict = pdfjsInfo;
      } finally {
        await pdfjs.destroy();
      }
      const stream = doc.context.lookup(doc.catalog.get(PDFName.of("Metadata")));
      if (!(stream instanceof PDFRawStream)) throw new Error("the catalogue has no Metadata stream");
      expect(text(stream.dict.get(PDFName.of("Type"))), "metadata stream Type").toBe("Metadata");
      expect(text(stream.dict.get(PDFName.of("Subtype"))), "metadata stream Subtype").toBe("XML");
      rawXmp = new TextDecoder().decode(stream.getContents());
    });

    it("has an XMP metadata stream in the catalogue, and is tagged (pdfinfo)", () => {
      expect(info["Metadata Stream"]).toBe("yes");
      expect(info["Tagged"]).toBe("yes");
    });

    it("identifies itself as PDF/UA-1 with the pdfuaid schema", () => {
      expect(xmp.get("pdfuaid:part")).toBe("1");
      const { document } = parseHTML(rawXmp.replace(/^<\?xpacket[^>]*\?>/, ""));
      const description = [...document.querySelectorAll("*")].find((el) => el.hasAttribute("xmlns:pdfuaid"));
      expect(description?.getAttribute("xmlns:pdfuaid")).toBe("http://www.aiim.org/pdfua/ns/id/");
    });

    it("names title, author, description and language in XMP as in the Info dictionary", () => {
      expect(xmp.get("dc:title")).toBe(pdf.title(documentJson));
      expect(infoDict.Title).toBe(pdf.title(documentJson));
      expect(xmp.get("dc:creator")).toEqual([documentJson.organisation]);
      expect(infoDict.Author).toBe(documentJson.organisation);
      expect(xmp.get("dc:description")).toBe(infoDict.Subject);
      expect(infoDict.Subject).toMatch(pdf.subject);
      expect(xmp.get("dc:language")).toBe("nl");
    });

    it("has creation and modification dates equal in XMP and Info: the document's date, not the build's", () => {
      const expected = process.env.SOURCE_DATE_EPOCH
        ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
        : new Date(`${documentJson.date}T00:00:00Z`);
      for (const [xmpKey, infoKey] of [["xmp:createdate", "CreationDate"], ["xmp:modifydate", "ModDate"]] as const) {
        expect(new Date(String(xmp.get(xmpKey))).toISOString(), xmpKey).toBe(expected.toISOString());
        expect(pdfDate(infoDict[infoKey]!).toISOString(), infoKey).toBe(expected.toISOString());
      }
    });

    it("names the project and the tools that made it, the same in XMP and Info, not Chromium's user agent", () => {
      const chromium = /Chromium ([\d.]+)/.exec(execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }))![1]!;
      const pdfLib = (JSON.parse(readFileSync(path.join(projectRoot, "node_modules/pdf-lib/package.json"), "utf8")) as { version: string }).version;
      expect(infoDict.Creator).toMatch(new RegExp(`^${documentJson.title} \\(Astro \\d+\\.\\d+\\.\\d+\\)$`));
      expect(infoDict.Producer).toBe(`Chromium ${chromium}, pdf-lib ${pdfLib}`);
      expect(xmp.get("xmp:creatortool")).toBe(infoDict.Creator);
      expect(xmp.get("pdf:producer")).toBe(infoDict.Producer);
      for (const value of [infoDict.Creator, infoDict.Producer]) expect(value).not.toMatch(/Mozilla|HeadlessChrome|Skia/);
    });
  });

  describe("PDF/UA-1 catalogue", () => {
    it("shows the title, not the file name, in the window title (DisplayDocTitle true)", () => {
      const preferences = doc.catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict);
      expect(isTrue(preferences.get(PDFName.of("DisplayDocTitle")))).toBe(true);
    });

    it("is marked (MarkInfo Marked true, no Suspects) with a structure tree and the language nl", () => {
      const markInfo = doc.catalog.lookup(PDFName.of("MarkInfo"), PDFDict);
      expect(isTrue(markInfo.get(PDFName.of("Marked")))).toBe(true);
      expect(isTrue(markInfo.get(PDFName.of("Suspects")))).toBe(false);
      expect(doc.catalog.get(PDFName.of("StructTreeRoot"))).toBeInstanceOf(PDFRef);
      expect(text(doc.catalog.get(PDFName.of("Lang")))).toBe("nl");
    });

    it("has no optional content, embedded files, forms, encryption or JavaScript (checkpoints that do not apply)", () => {
      expect(doc.catalog.get(PDFName.of("OCProperties"))).toBeUndefined();
      expect(doc.catalog.get(PDFName.of("AcroForm"))).toBeUndefined();
      const names = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
      expect(names?.get(PDFName.of("EmbeddedFiles"))).toBeUndefined();
      expect(names?.get(PDFName.of("JavaScript"))).toBeUndefined();
      expect(info["Encrypted"]).toBe("no");
      expect(info["JavaScript"]).toBe("no");
    });
  });

  describe("PDF/UA-1 structure tree", () => {
    it("uses only PDF 1.7 types or types the RoleMap maps to one, and remaps no standard type", () => {
      const unmapped = [...new Set(structure.all.map(standardType))].filter((type) => !standardTypes.has(type));
      expect(unmapped, "types without a standard meaning").toEqual([]);
      const remapped = Object.keys(structure.roleMap).filter((type) => standardTypes.has(type));
      expect(remapped, "standard types in the RoleMap").toEqual([]);
    });

    it("gives every Figure an Alt, and no Alt hides other tagged content", () => {
      const figures = structure.all.filter((node) => standardType(node) === "Figure");
      if (pdf.hasCharts) expect(figures.length, "the charts are Figures").toBeGreaterThan(0);
      for (const figure of figures) {
        expect(figure.alt?.trim(), `Alt of Figure ${figure.ref}`).toBeTruthy();
        expect(figure.children.map((child) => child.type), `Figure ${figure.ref} holds no other elements`).toEqual([]);
      }
      const hidden = structure.all.filter((node) => node.alt !== undefined && node.children.length > 0);
      expect(hidden.map((node) => `${node.type} ${node.ref}`), "elements whose Alt would hide their children").toEqual([]);
    });

    it("has one Figure per chart, with the chart's title as its Alt", () => {
      const document = loadPage(pdf.page, dist);
      const titles = [...document.querySelectorAll('svg[role="img"]')].map((svg) =>
        textOf(document.getElementById(svg.getAttribute("aria-labelledby") ?? "")),
      );
      if (pdf.hasCharts) expect(titles.length).toBeGreaterThan(0);
      const alts = structure.all.filter((node) => standardType(node) === "Figure").map((node) => node.alt);
      expect(alts.sort()).toEqual(titles.sort());
    });

    it("builds lists and tables as PDF 1.7 defines them (ISO 32000-1, 14.8.4.3)", () => {
      const allowed: Record<string, string[]> = {
        L: ["L", "LI", "Caption"],
        LI: ["Lbl", "LBody"],
        Table: ["TR", "THead", "TBody", "TFoot", "Caption"],
        THead: ["TR"],
        TBody: ["TR"],
        TFoot: ["TR"],
        TR: ["TH", "TD"],
      };
      const misplaced: string[] = [];
      for (const node of structure.all) {
        const kids = allowed[standardType(node)];
        if (!kids) continue;
        for (const child of node.children) {
          if (!kids.includes(standardType(child))) misplaced.push(`${child.type} in ${node.type} ${node.ref}`);
        }
      }
      expect(misplaced).toEqual([]);
      const lists = structure.all.filter((node) => node.type === "L");
      expect(lists.length).toBeGreaterThan(0);
    });

    it("gives every table header cell a Scope, or header ids that the cells' Headers find", () => {
      const ids = new Set(structure.all.flatMap((node) => (node.id ? [node.id] : [])));
      const cells = structure.all.filter((node) => ["TH", "TD"].includes(standardType(node)));
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) {
        if (standardType(cell) === "TH") expect(cell.attributes.Scope, `Scope of TH ${cell.ref}`).toMatch(/^(Row|Column|Both)$/);
        const headers = cell.attributes.Headers;
        for (const header of Array.isArray(headers) ? headers : []) expect(ids, `Headers of ${cell.ref}`).toContain(header);
      }
      const inTree = new Set<string>();
      const readNames = (node: PDFDict | undefined) => {
        const names = node?.lookupMaybe(PDFName.of("Names"), PDFArray);
        for (let i = 0; names && i < names.size(); i += 2) inTree.add(text(names.get(i))!);
        for (const kid of node?.lookupMaybe(PDFName.of("Kids"), PDFArray)?.asArray() ?? []) readNames(doc.context.lookup(kid, PDFDict));
      };
      readNames(doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict).lookupMaybe(PDFName.of("IDTree"), PDFDict));
      expect([...ids].filter((id) => !inTree.has(id)), "element ids missing from the IDTree").toEqual([]);
    });

    it("starts its headings at H1, skips no level, and gives every Note its own ID", () => {
      const headings = structure.all.map(standardType).filter((type) => /^H\d?$/.test(type));
      expect(headings[0]).toBe("H1");
      expect(headings.filter((type) => type === "H"), "H mixed with H1–H6").toEqual([]);
      headings.forEach((type, index) => {
        if (index > 0) expect(Number(type.slice(1)), `${type} after ${headings[index - 1]}`).toBeLessThanOrEqual(Number(headings[index - 1]!.slice(1)) + 1);
      });
      const notes = structure.all.filter((node) => standardType(node) === "Note");
      expect(notes.filter((note) => !note.id).map((note) => note.ref), "Notes without an ID").toEqual([]);
      expect(new Set(notes.map((note) => note.id)).size, "every Note has its own ID").toBe(notes.length);
    });
  });

  describe("PDF/UA-1 page content", () => {
    let pages: PageContent[];
    beforeAll(async () => {
      pages = await readPageContents(file);
    });

    it("marks everything it draws as tagged content or as an artifact, never one inside the other", () => {
      for (const page of pages) {
        expect(page.untagged, `painted outside marked content on page ${page.page}`).toEqual([]);
        expect(page.mixed, `artifact and tagged content nested on page ${page.page}`).toEqual([]);
      }
    });

    it("links every piece of tagged content to the element that holds it (ParentTree)", () => {
      const holds = new Map(structure.all.map((node) => [node.ref, new Set(node.mcids)]));
      for (const page of pages) {
        const owners = structure.contentOwners.get(page.page)!;
        for (const mcid of page.mcids) {
          const owner = owners.get(mcid);
          expect(owner, `owner of MCID ${mcid} on page ${page.page}`).toBeDefined();
          expect(holds.get(owner!)?.has(mcid), `${owner} lists MCID ${mcid} of page ${page.page}`).toBe(true);
        }
      }
    });

    it("prints running heads, page numbers and the footer as artifacts, and no other text", async () => {
      const headsOn = await pdf.runningHeads(documentJson, dist, file);
      const count = pages.length;
      for (const page of pages.slice(pdf.firstFurnishedPage - 1)) {
        const artifacts = page.artifactTexts.join(" ");
        const pageNumber = `pagina ${page.page} van ${count}`;
        expect(artifacts, `page number on page ${page.page}`).toContain(pageNumber);
        expect(page.taggedText, `page number on page ${page.page} is not read out as text`).not.toContain(pageNumber);
        expect(artifacts, `running head on page ${page.page}`).toContain(documentJson.title);
        expect(artifacts, `footer on page ${page.page}`).toMatch(/(Concept|Vastgesteld) · versie [\d.]+, \d+ \S+ \d{4}/);
        const heads = headsOn(page.page);
        for (const head of heads) expect(artifacts, `running head on page ${page.page}`).toContain(head);
        // What is left once the page furniture and the printed link addresses are taken out must be nothing.
        const rest = [documentJson.title, ...heads]
          .reduce((left, known) => left.replace(known, " "), artifacts)
          .replace(/pagina\s*\d+\s*van\s*\d+/, " ")
          .replace(/(Concept|Vastgesteld) · versie [\d.]+, \d+ \S+ \d{4}/, " ")
          .replace(/\(https?:\/\/[^)]+\)/g, " ")
          // Paragraph numbers (2.14): printed to cite by, not read out (see src/lib/pdf/document-html.ts).
          .replace(/\b\d+\.\d+\b/g, " ");
        expect(fold(rest), `other text drawn as artifact on page ${page.page}`).toBe("");
      }
      for (const page of pages.slice(0, pdf.firstFurnishedPage - 1)) {
        expect(page.artifactTexts.join(" "), `the cover (page ${page.page}) has no page furniture`).toBe("");
      }
    });

    it("embeds every font with a map to Unicode", () => {
      const problems: string[] = [];
      for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
        if (!(object instanceof PDFDict) || text(object.get(PDFName.of("Type"))) !== "Font") continue;
        const subtype = text(object.get(PDFName.of("Subtype")));
        if (subtype === "CIDFontType0" || subtype === "CIDFontType2") {
          if (subtype === "CIDFontType2" && !object.has(PDFName.of("CIDToGIDMap"))) problems.push(`${ref} has no CIDToGIDMap`);
        } else if (!object.has(PDFName.of("ToUnicode"))) problems.push(`${ref} has no ToUnicode`);
        const fonts = subtype === "Type0" ? object.lookup(PDFName.of("DescendantFonts"), PDFArray).asArray().map((f) => doc.context.lookup(f) as PDFDict) : [object];
        for (const font of fonts) {
          const descriptor = font.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
          const embedded = ["FontFile", "FontFile2", "FontFile3"].some((key) => descriptor?.has(PDFName.of(key)));
          if (subtype !== "Type3" && !embedded) problems.push(`${ref} is not embedded`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe("PDF/UA-1 links", () => {
    interface Annotation {
      page: number;
      ref: string;
      dict: PDFDict;
    }
    let annotations: Annotation[];
    beforeAll(() => {
      annotations = doc.getPages().flatMap((page, index) =>
        (page.node.Annots()?.asArray() ?? []).map((ref) => ({ page: index + 1, ref: ref.toString(), dict: doc.context.lookup(ref, PDFDict) })),
      );
    });

    it("has link annotations, and no other kind", () => {
      expect(annotations.length).toBeGreaterThanOrEqual(pdf.minimumLinks);
      expect(new Set(annotations.map(({ dict }) => text(dict.get(PDFName.of("Subtype")))))).toEqual(new Set(["Link"]));
    });

    it("orders annotations by the structure (Tabs /S) on every page that has them", () => {
      doc.getPages().forEach((page, index) => {
        if ((page.node.Annots()?.size() ?? 0) === 0) return;
        expect(text(page.node.get(PDFName.of("Tabs"))), `Tabs of page ${index + 1}`).toBe("S");
      });
    });

    it("puts every link annotation in a Link element, both ways (OBJR and StructParent)", () => {
      const links = structure.all.filter((node) => standardType(node) === "Link");
      const referenced = new Map(links.flatMap((link) => link.objects.map((object) => [object, link.ref] as const)));
      for (const { ref, dict, page } of annotations) {
        expect(referenced.get(ref), `Link element for annotation ${ref} on page ${page}`).toBeDefined();
        const key = dict.get(PDFName.of("StructParent"));
        expect(key, `StructParent of ${ref}`).toBeInstanceOf(PDFNumber);
        expect(structure.objectOwners.get((key as PDFNumber).asNumber()), `ParentTree entry of ${ref}`).toBe(referenced.get(ref));
      }
    });

    it("describes every link in Contents with its printed text", () => {
      // In the order drawn: a link that wraps in a table cell is not interleaved with the next cells.
      const texts = pageTexts(file, { raw: true }).map(fold);
      for (const { ref, dict, page } of annotations) {
        const contents = text(dict.get(PDFName.of("Contents")));
        expect(contents, `Contents of ${ref} on page ${page}`).toMatch(/\p{L}/u);
        // The link's own words, before any ", naar pagina 6" added to a bare footnote number, or the
        // address added to a bare paragraph number of the renvooi ("1.6, https://…/inwoner/#p-1-6").
        const words = contents!.replace(/, (naar pagina \d+|https:\/\/\S+)$/, "");
        const near = `${texts[page - 1]} ${texts[page] ?? ""}`.replace(/\s+/g, "");
        expect(near, `"${words}" printed on page ${page}`).toContain(words.replace(/\s+/g, ""));
      }
      const contents = annotations.map(({ dict }) => text(dict.get(PDFName.of("Contents"))));
      const chapters = pdf.hasContents ? [...loadPage("/", dist).querySelectorAll(".chapter-nav a")].map(textOf) : [];
      for (const [index, title] of chapters.entries()) {
        expect(contents.some((c) => c?.startsWith(`${index + 1}. ${title}`)), `contents entry of "${title}"`).toBe(true);
      }
      // A link that wraps onto a second line has two annotations: one description per Link element.
      const webLinks = structure.all
        .filter((node) => standardType(node) === "Link")
        .map((link) => annotations.filter(({ ref }) => link.objects.includes(ref)))
        .filter((parts) => parts.some(({ dict }) => dict.lookupMaybe(PDFName.of("A"), PDFDict)?.has(PDFName.of("URI"))));
      for (const parts of webLinks) expect(new Set(parts.map(({ dict }) => text(dict.get(PDFName.of("Contents"))))).size).toBe(1);
      const onSite = [...loadPage(pdf.page, dist).querySelectorAll(pdf.webLinks)].map(textOf);
      expect(onSite.length, `links to the web on ${pdf.page}`).toBeGreaterThan(0);
      expect(webLinks.map((parts) => text(parts[0]!.dict.get(PDFName.of("Contents")))!.replace(/, https:\/\/\S+$/, ""))).toEqual(onSite);
    });
  });

  describe("the repaired structure still says what the page says", () => {
    it("keeps each chart's caption, source and data table readable (not hidden behind an Alt)", () => {
      const captions = structure.all.filter((node) => standardType(node) === "Caption");
      const tables = structure.all.filter((node) => standardType(node) === "Table");
      const document = loadPage(pdf.page, dist);
      expect(tables.length).toBe(document.querySelectorAll(pdf.tables).length);
      expect(captions.length).toBeGreaterThanOrEqual(tables.length);
      for (const table of tables) {
        const above = structure.all.filter((node) => flattenTags(node).includes(table) && node !== table);
        expect(above.filter((node) => node.alt !== undefined).map((n) => n.type), `Alt above table ${table.ref}`).toEqual([]);
      }
    });
  });
});
