import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import type { Store, Term } from "n3";
import type SHACLValidator from "rdf-validate-shacl";
import { beforeAll, describe, expect, it } from "vitest";
import { openPointsOnDisk } from "../../src/lib/checks/open-points/project.ts";
import { readDocumentInfo } from "../../src/lib/content/document-info.ts";
import { diskDataFiles, loadDatasets } from "../../src/lib/datasets/load.ts";
import { serveStatic } from "../../src/lib/pdf/static-server.ts";
import config from "../../astro.config.mjs";
import { distDir, projectRoot } from "../support/paths.ts";
import { dcatValidator, jsonLdToStore, validate, type ShaclResult } from "../support/shacl.ts";

// /data/catalogus.jsonld and /data/<id>/dataset.jsonld against the official DCAT-AP-NL 3.0 shapes.

const site = String(config.site).replace(/\/$/, "");
const datasets = loadDatasets(diskDataFiles(projectRoot));
const document = readDocumentInfo(projectRoot);
const points = openPointsOnDisk(projectRoot);

const dcat = (name: string) => `http://www.w3.org/ns/dcat#${name}`;
const dct = (name: string) => `http://purl.org/dc/terms/${name}`;
const catalogueIri = `${site}/data/catalogus.jsonld`;
const datasetIri = (id: string) => `${site}/data/${id}/dataset.jsonld`;
const distributionIri = (id: string) => `${datasetIri(id)}#csv`;

/** What the open points say is not known, per dataset: the provenance point names it. */
const unknownInProvenance = (id: string, what: string) =>
  points.some((p) => p.kind === "missing-source" && p.file === `data/${id}.yaml` && p.message.includes(what));
const contactUnknown = points.some((p) => p.file === "src/content/document.json" && p.message.startsWith("Het contactpunt"));

/**
 * The only violations allowed: facts the source does not give, each tied to the open point that
 * `npm run check` lists for it. Where such a point exists the violation must be there (nothing
 * invented), and where it does not the violation must not be. When a fact becomes known everywhere,
 * its entry is no longer needed and the last test asks to remove it.
 */
const allowedGaps: { shape: string; path: string; openPoint: string; focus: string[] }[] = [
  {
    shape: "DistributionShape_license_minCount",
    path: dct("license"),
    openPoint: 'licence: onbekend ("… is niet bekend: … de licentie.")',
    focus: datasets.filter((d) => unknownInProvenance(d.id, "de licentie")).map((d) => distributionIri(d.id)),
  },
  {
    shape: "DatasetShape_creator_minCount",
    path: dct("creator"),
    openPoint: 'source.publisher: onbekend ("… de bron (uitgever …)")',
    focus: datasets.filter((d) => unknownInProvenance(d.id, "uitgever")).map((d) => datasetIri(d.id)),
  },
  {
    shape: "DatasetShape_contactPoint_minCount",
    path: dcat("contactPoint"),
    openPoint: '"contact": "onbekend" in src/content/document.json',
    focus: contactUnknown ? datasets.map((d) => datasetIri(d.id)) : [],
  },
  {
    shape: "CatalogShape_contactPoint_minCount",
    path: dcat("contactPoint"),
    openPoint: '"contact": "onbekend" in src/content/document.json',
    focus: contactUnknown ? [catalogueIri] : [],
  },
];

/** Recommended properties (warnings) that have nothing true to say here. */
const allowedWarnings = [
  "DatasetShape_conformsTo_aanbevolen_minCount", // the figures follow no published standard
  "DatasetShape_documentation_aanbevolen_minCount", // no documentation beyond the landing page
  "DistributionShape_accessService_aanbevolen_minCount", // a file to download, no data service
  "DistributionShape_linkedSchemas_aanbevolen_minCount", // the columns are described in datapackage.json, not in a published schema
];

const line = (r: Pick<ShaclResult, "shape" | "path" | "focus">) => `${r.shape} ${r.path} ${r.focus}`;
const expectedViolations = (within: (focus: string) => boolean) =>
  allowedGaps.flatMap((gap) => gap.focus.filter(within).map((focus) => line({ ...gap, focus }))).sort();

function readJson(sitePath: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(distDir, sitePath), "utf8")) as Record<string, unknown>;
}

describe("the DCAT-AP-NL catalogue /data/catalogus.jsonld", () => {
  let validator: SHACLValidator;
  let graph: Store;
  let results: ShaclResult[];

  beforeAll(async () => {
    validator = dcatValidator();
    graph = await jsonLdToStore(readJson("data/catalogus.jsonld"));
    results = await validate(validator, graph);
  }, 120_000);

  it("violates the shapes only where an open point says a fact is unknown", () => {
    const violations = results.filter((r) => r.severity === "Violation").map(line).sort();
    expect(violations).toEqual(expectedViolations(() => true));
  });

  it("misses only the recommended properties it has nothing to say for", () => {
    expect([...new Set(results.filter((r) => r.severity !== "Violation").map((r) => r.shape))].sort()).toEqual(
      [...allowedWarnings].sort(),
    );
  });

  it("has one dataset per CSV, each with the versioned download on the site's own address", () => {
    const objects = (subject: string, predicate: string) => graph.getObjects(subject, predicate, null).map((t) => t.value);
    expect(objects(catalogueIri, dcat("dataset")).sort()).toEqual(datasets.map((d) => datasetIri(d.id)).sort());
    for (const { id, meta } of datasets) {
      const [distribution] = objects(datasetIri(id), dcat("distribution"));
      expect(distribution).toBe(distributionIri(id));
      const download = `${site}/data/${id}/v${meta.version}.csv`;
      expect(objects(distribution!, dcat("downloadURL"))).toEqual([download]);
      expect(existsSync(path.join(distDir, new URL(download).pathname))).toBe(true);
      expect(objects(distribution!, dcat("mediaType"))).toEqual(["http://www.iana.org/assignments/media-types/text/csv"]);
      expect(objects(datasetIri(id), dcat("version"))).toEqual([String(meta.version)]);
      expect(objects(distribution!, dcat("version"))).toEqual([String(meta.version)]);
    }
  });

  it("tags every title and description as Dutch", () => {
    const literals = [dct("title"), dct("description")].flatMap((p) => graph.getObjects(null, p, null));
    expect(literals.length).toBe(2 * (datasets.length + 1) + datasets.length); // distributions have a title
    for (const literal of literals) expect(literal.termType === "Literal" && literal.language, literal.value).toBe("nl");
  });

  it("names the gemeente as publisher, and dates each dataset from its change log and peildatum", () => {
    const published = graph.getQuads(null, dct("publisher"), null, null);
    expect(published.map((q) => q.subject.value).sort()).toEqual([catalogueIri, ...datasets.map((d) => datasetIri(d.id))].sort());
    for (const publisher of new Set(published.map((q) => q.object))) {
      expect(graph.getObjects(publisher, "http://xmlns.com/foaf/0.1/name", null).map((t) => t.value)).toEqual([document.organisation]);
    }
    const literal = (subject: string | Term, predicate: string) => {
      const [term] = graph.getObjects(subject, predicate, null);
      return term?.termType === "Literal" ? `${term.value}^^${term.datatype.value.split("#")[1]}` : undefined;
    };
    for (const { id, meta } of datasets) {
      const current = meta.changes.find((change) => change.version === meta.version)!;
      expect(literal(datasetIri(id), dct("modified"))).toBe(`${current.date}^^date`);
      const [period] = graph.getObjects(datasetIri(id), dct("temporal"), null);
      if (meta.peildatum === "onbekend") {
        expect(period).toBeUndefined();
      } else {
        const type = meta.peildatum.length === 4 ? "gYear" : meta.peildatum.length === 7 ? "gYearMonth" : "date";
        expect(literal(period!, dcat("startDate"))).toBe(`${meta.peildatum}^^${type}`);
        expect(literal(period!, dcat("endDate"))).toBe(`${meta.peildatum}^^${type}`);
      }
    }
    const newest = datasets.flatMap((d) => d.meta.changes.map((c) => c.date)).sort().at(-1);
    expect(literal(catalogueIri, dct("modified"))).toBe(`${newest}^^date`);
  });

  it("describes each dataset in /data/<id>/dataset.jsonld as in the catalogue, with the same gaps", async () => {
    for (const { id } of datasets) {
      const own = await jsonLdToStore(readJson(`data/${id}/dataset.jsonld`));
      const inCatalogue = graph.getQuads(datasetIri(id), null, null, null).map((q) => `${q.predicate.value} ${q.object.termType === "BlankNode" ? "_" : q.object.value}`);
      const inOwn = own.getQuads(datasetIri(id), null, null, null).map((q) => `${q.predicate.value} ${q.object.termType === "BlankNode" ? "_" : q.object.value}`);
      expect(inOwn.sort(), id).toEqual(inCatalogue.sort());
      const violations = (await validate(validator, own)).filter((r) => r.severity === "Violation").map(line).sort();
      expect(violations, id).toEqual(expectedViolations((focus) => focus.startsWith(datasetIri(id))));
    }
  }, 240_000);

  it("needs every entry of the list of allowed gaps (remove an entry once its fact is known)", () => {
    for (const gap of allowedGaps) expect(gap.focus.length, `${gap.shape}: ${gap.openPoint}`).toBeGreaterThan(0);
  });
});

describe("the open-data files as a static host serves them", () => {
  it("with JSON and JSON-LD content types, and linked from /data/", async () => {
    const server = await serveStatic(distDir);
    try {
      const type = async (sitePath: string) => (await fetch(`${server.url}${sitePath}`)).headers.get("content-type");
      expect(await type("/data/datapackage.json")).toBe("application/json");
      expect(await type("/data/catalogus.jsonld")).toBe("application/ld+json");
      expect(await type("/data/eenzaamheid/dataset.jsonld")).toBe("application/ld+json");
    } finally {
      await server.close();
    }
    const page = parseHTML(readFileSync(path.join(distDir, "data/index.html"), "utf8")).document;
    const hrefs = (root: ParentNode) => [...root.querySelectorAll("a[href]")].map((a) => a.getAttribute("href"));
    expect(hrefs(page.querySelector(".data-page__open")!)).toEqual(["/data/datapackage.json", "/data/catalogus.jsonld"]);
    for (const { id, meta } of datasets) {
      const section = page.getElementById(id);
      expect(section, id).not.toBeNull();
      expect(hrefs(section!)).toEqual(expect.arrayContaining([`/data/${id}/v${meta.version}.csv`, `/data/${id}/dataset.jsonld`]));
    }
  });
});
