import { describe, expect, it } from "vitest";
import { catalogueOpenPoints } from "../../src/lib/checks/open-points/catalogue.ts";
import type { ProjectFiles } from "../../src/lib/checks/open-points/index.ts";
import type { DocumentInfo } from "../../src/lib/content/document-info.ts";
import { csvFacts } from "../../src/lib/open-data/csv-facts.ts";
import { buildDataPackage } from "../../src/lib/open-data/datapackage.ts";
import { buildCatalogue } from "../../src/lib/open-data/dcat.ts";
import type { OpenDataInput } from "../../src/lib/open-data/input.ts";
import { META, files } from "./datasets-helpers.ts";
import { decodeText } from "../../src/lib/datasets/csv.ts";
import { loadDatasets } from "../../src/lib/datasets/load.ts";

// The open-data files for cases today's data does not have: known licence and contact, other
// notations, another encoding.

const document: DocumentInfo = { title: "Woonzorgvisie Assen", organisation: "Gemeente Assen", status: "concept", version: "0.1", date: "2026-11-28" };

const meta = META.replace("licence: onbekend", "licence: CC BY 4.0")
  .replace("peildatum: onbekend", "peildatum: 2025-05")
  .replace("  publisher: onbekend", "  publisher: Trendbureau Drenthe")
  .replace(
    "    - name: kwalificatie\n      type: string\n      title: Kwalificatie\n",
    "    - name: kwalificatie\n      type: string\n      title: Kwalificatie\n    - name: gemeten\n      type: date\n      title: Gemeten op\n    - name: wijk\n      type: boolean\n      title: Is een wijk\n    - name: inwoners\n      type: integer\n      title: Inwoners\n",
  );

function input(csv: Uint8Array, overrides: Partial<DocumentInfo> = {}): OpenDataInput {
  const [dataset] = loadDatasets(files({ "eenzaamheid.csv": decodeText(csv), "eenzaamheid.yaml": meta }));
  return { site: new URL("https://woonzorgvisie.assen.nl"), document: { ...document, ...overrides }, datasets: [{ dataset: dataset!, csv: csvFacts(dataset!, csv) }] };
}

const utf8 = new TextEncoder().encode(
  "gebied;aandeel;kwalificatie;gemeten;wijk;inwoners\r\nAssen;41,3;ruim;1-1-2024;nee;68.500\r\nLariks;56;;15-3-2024;ja;4.120\r\n",
);

describe("the data package for a dataset with Dutch notations", () => {
  const [resource] = buildDataPackage(input(utf8)).resources;
  const field = (name: string) => resource!.schema.fields.find((f) => f.name === name);

  it("declares the decimal comma, Dutch dates, ja/nee and grouped whole numbers", () => {
    expect(field("aandeel")).toMatchObject({ type: "number", decimalChar: "," });
    expect(field("gemeten")).toMatchObject({ type: "date", format: "%d-%m-%Y" });
    expect(field("wijk")).toMatchObject({ type: "boolean", trueValues: ["ja"], falseValues: ["nee"] });
    // A v1 integer has no groupChar: "68.500" is a number with a thousands point.
    expect(field("inwoners")).toMatchObject({ type: "number", groupChar: "." });
    expect(field("inwoners")).not.toHaveProperty("decimalChar");
  });

  it("declares the file's line ends, separator and encoding", () => {
    expect(resource!.dialect).toMatchObject({ delimiter: ";", lineTerminator: "\r\n" });
    expect(resource!.encoding).toBe("utf-8");
    const windows = Uint8Array.from([...new TextEncoder().encode("gebied;aandeel;kwalificatie;gemeten;wijk;inwoners\nGe"), 0xef, ...new TextEncoder().encode("n;1;;2024-01-01;WAAR;12\n")]);
    const [other] = buildDataPackage(input(windows)).resources;
    expect(other!.encoding).toBe("windows-1252");
    expect(other!.dialect.lineTerminator).toBe("\n");
    expect(other!.schema.fields.find((f) => f.name === "gemeten")).not.toHaveProperty("format");
    expect(other!.schema.fields.find((f) => f.name === "inwoners")).toMatchObject({ type: "integer" });
    expect(other!.schema.fields.find((f) => f.name === "wijk")).toMatchObject({ trueValues: ["WAAR"], falseValues: ["nee"] });
  });

  it("names a known licence and source", () => {
    expect(resource!.licenses).toEqual([
      { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Naamsvermelding 4.0 Internationaal" },
    ]);
    expect(resource!.sources).toEqual([{ title: "Trendbureau Drenthe" }]);
    expect(resource!.peildatum).toBe("2025-05");
  });
});

describe("the DCAT catalogue once licence and contact are known", () => {
  const dataset = (catalogue: ReturnType<typeof buildCatalogue>) => catalogue["dcat:dataset"][0]!;

  it("gives the distribution its licence from DCAT-AP-NL's list and the dataset its creator", () => {
    const node = dataset(buildCatalogue(input(utf8)));
    expect(node["dcat:distribution"]["dct:license"]).toEqual({ "@id": "http://creativecommons.org/licenses/by/4.0/deed.nl", "@type": "dct:LicenseDocument" });
    expect(node["dct:creator"]).toEqual({ "@type": "foaf:Agent", "foaf:name": "Trendbureau Drenthe" });
    expect(node["dct:temporal"]).toMatchObject({ "dcat:startDate": { "@value": "2025-05", "@type": "xsd:gYearMonth" } });
  });

  it("gives catalogue and datasets the contact point: an e-mail address or a contact page", () => {
    const byMail = buildCatalogue(input(utf8, { contact: "data@assen.nl" }));
    expect(byMail["dcat:contactPoint"]).toMatchObject({ "@type": ["vcard:Kind", "vcard:Organization"], "vcard:hasEmail": { "@id": "mailto:data@assen.nl" } });
    expect(dataset(byMail)["dcat:contactPoint"]).toEqual(byMail["dcat:contactPoint"]);
    const byPage = buildCatalogue(input(utf8, { contact: "https://www.assen.nl/contact" }));
    expect(byPage["dcat:contactPoint"]).toMatchObject({ "vcard:hasURL": { "@id": "https://www.assen.nl/contact" } });
    expect(buildCatalogue(input(utf8, { contact: "onbekend" }))).not.toHaveProperty("dcat:contactPoint");
  });
});

describe("the open point of the catalogue", () => {
  const project = (json: string | undefined): ProjectFiles => ({
    list: (dir) => (dir === "src/content" && json !== undefined ? ["document.json"] : []),
    read: () => json!,
  });

  it("is the unknown contact, at its line in document.json", () => {
    const points = catalogueOpenPoints(project('{\n  "title": "W",\n  "contact": "onbekend"\n}\n'));
    expect(points.map((p) => `${p.file}:${p.line} ${p.kind}`)).toEqual(["src/content/document.json:3 unknown-data"]);
  });

  it("is there when the field is missing, and gone when a contact is given", () => {
    expect(catalogueOpenPoints(project('{ "title": "W" }'))).toHaveLength(1);
    expect(catalogueOpenPoints(project('{ "title": "W", "contact": "data@assen.nl" }'))).toEqual([]);
    expect(catalogueOpenPoints(project(undefined))).toEqual([]);
  });
});
