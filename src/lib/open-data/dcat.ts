/**
 * The DCAT-AP-NL 3.0 descriptions of the datasets, in JSON-LD: /data/catalogus.jsonld (the
 * catalogue with every dataset, what a harvester such as data.overheid.nl reads) and
 * /data/<id>/dataset.jsonld (one dataset). A dataset's identifier is the address of its own
 * description, so it resolves to a small document a reader can open; the catalogue embeds the same
 * descriptions under the same identifiers, so a harvester needs one request.
 *
 * Only facts the source gives are written. What it does not give (licence, contact point, the
 * creator of the figures) is left out and listed as an open point by `npm run check`; the SHACL
 * test (tests/build/open-data-dcat.test.ts) allows exactly those gaps.
 */
import { UNKNOWN } from "../../schemas/dataset.ts";
import { sourceText } from "../figures/source-line.ts";
import { datasetDownloadPath, type DatasetMeta } from "../datasets/types.ts";
import { cataloguePath, datasetDescriptionPath, datasetLandingPath } from "./addresses.ts";
import { onSite, type OpenDataInput, type PublishedDataset } from "./input.ts";
import { findLicence } from "./licences.ts";

const context = {
  adms: "http://www.w3.org/ns/adms#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};

/** Values from the code lists DCAT-AP-NL prescribes (EU Vocabularies, IANA). */
const eu = "http://publications.europa.eu/resource/authority";
const dutch = { "@id": `${eu}/language/NLD`, "@type": "dct:LinguisticSystem" };
const publicAccess = { "@id": `${eu}/access-right/PUBLIC`, "@type": "dct:RightsStatement" };
const csvFormat = { "@id": `${eu}/file-type/CSV`, "@type": "dct:MediaTypeOrExtent" };
const csvMediaType = { "@id": "http://www.iana.org/assignments/media-types/text/csv", "@type": "dct:MediaType" };
/** Every dataset of a woonzorgvisie (housing, care, wellbeing of residents) falls under this EU
 * data theme; DCAT-AP-NL requires at least one. */
const theme = {
  "@id": `${eu}/data-theme/SOCI`,
  "@type": "skos:Concept",
  "skos:prefLabel": { "@value": "Bevolking en samenleving", "@language": "nl" },
};

const nl = (text: string) => ({ "@value": text, "@language": "nl" });
const date = (iso: string) => ({ "@value": iso, "@type": "xsd:date" });

/** A peildatum as its own granularity: 2024 (xsd:gYear), 2025-05 (xsd:gYearMonth), 2024-01-01 (xsd:date). */
function peildatumLiteral(peildatum: string) {
  const type = /^\d{4}$/.test(peildatum) ? "xsd:gYear" : /^\d{4}-\d{2}$/.test(peildatum) ? "xsd:gYearMonth" : "xsd:date";
  return { "@value": peildatum, "@type": type };
}

/** The gemeente, publisher of the catalogue and of every dataset (one node, referenced by its label). */
function gemeente(input: OpenDataInput) {
  return { "@id": "_:gemeente", "@type": "foaf:Agent", "foaf:name": input.document.organisation };
}

/** The contact point from src/content/document.json, or nothing while it is `onbekend`. */
function contactPoint(input: OpenDataInput) {
  const contact = input.document.contact;
  if (!contact || contact === UNKNOWN) return {};
  const reach = contact.startsWith("https://") ? { "vcard:hasURL": { "@id": contact } } : { "vcard:hasEmail": { "@id": `mailto:${contact}` } };
  return {
    "dcat:contactPoint": {
      "@id": "_:contactpunt",
      "@type": ["vcard:Kind", "vcard:Organization"],
      "vcard:fn": input.document.organisation,
      ...reach,
    },
  };
}

/** The date of the change that made the current version, and of the first version. */
function changeDates(meta: DatasetMeta) {
  const current = meta.changes.find((change) => change.version === meta.version)!;
  const first = [...meta.changes].sort((a, b) => a.version - b.version)[0]!;
  return { modified: current.date, issued: first.date, notes: current.description };
}

function distribution(input: OpenDataInput, { dataset, csv }: PublishedDataset) {
  const { meta } = dataset;
  // Typed rdfs:Resource (true of any address) because the DCAT-AP 3.0.0 shapes that DCAT-AP-NL
  // validates with demand that class for access and download URLs (SEMICeu/DCAT-AP#412).
  const download = { "@id": onSite(input, datasetDownloadPath(dataset.id, meta.version)), "@type": "rdfs:Resource" };
  const licence = findLicence(meta.licence);
  return {
    "@id": `${onSite(input, datasetDescriptionPath(dataset.id))}#csv`,
    "@type": "dcat:Distribution",
    "dct:title": nl(`${meta.title} (CSV, versie ${meta.version})`),
    "dcat:accessURL": download,
    "dcat:downloadURL": download,
    "dcat:mediaType": csvMediaType,
    "dct:format": csvFormat,
    "dcat:byteSize": { "@value": String(csv.bytes), "@type": "xsd:nonNegativeInteger" },
    "dct:language": dutch,
    "dcat:version": String(meta.version),
    "dct:modified": date(changeDates(meta).modified),
    ...(licence ? { "dct:license": { "@id": licence.dcat, "@type": "dct:LicenseDocument" } } : {}),
  };
}

function datasetNode(input: OpenDataInput, published: PublishedDataset) {
  const { dataset } = published;
  const { meta } = dataset;
  const iri = onSite(input, datasetDescriptionPath(dataset.id));
  const dates = changeDates(meta);
  const source = sourceText(meta);
  const provenance = [`Bron: ${source}.`, meta.source.note].filter(Boolean).join(" ");
  return {
    "@id": iri,
    "@type": "dcat:Dataset",
    "dct:identifier": iri,
    "dct:title": nl(meta.title),
    "dct:description": nl(meta.description),
    "dct:publisher": gemeente(input),
    // Who made the figures: the source's publisher, when the visie names one.
    ...(meta.source.publisher === UNKNOWN ? {} : { "dct:creator": { "@type": "foaf:Agent", "foaf:name": meta.source.publisher } }),
    "dct:provenance": { "@type": "dct:ProvenanceStatement", "rdfs:label": nl(provenance) },
    ...contactPoint(input),
    "dct:accessRights": publicAccess,
    "dcat:theme": theme,
    "dct:language": dutch,
    "dcat:landingPage": { "@id": onSite(input, datasetLandingPath(dataset.id)), "@type": "foaf:Document" },
    "dcat:version": String(meta.version),
    "adms:versionNotes": nl(dates.notes),
    "dct:issued": date(dates.issued),
    "dct:modified": date(dates.modified),
    // The peildatum is the moment the figures describe: a period of that one year, month or day.
    ...(meta.peildatum === UNKNOWN
      ? {}
      : {
          "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": peildatumLiteral(meta.peildatum),
            "dcat:endDate": peildatumLiteral(meta.peildatum),
          },
        }),
    "dcat:distribution": distribution(input, published),
  };
}

/** /data/<id>/dataset.jsonld */
export function buildDatasetDescription(input: OpenDataInput, published: PublishedDataset) {
  return { "@context": context, ...datasetNode(input, published) };
}

/** /data/catalogus.jsonld */
export function buildCatalogue(input: OpenDataInput) {
  const modified = input.datasets.map(({ dataset }) => changeDates(dataset.meta).modified).sort().at(-1);
  return {
    "@context": context,
    "@id": onSite(input, cataloguePath),
    "@type": "dcat:Catalog",
    "dct:title": nl(`Cijfers van de ${input.document.title}`),
    "dct:description": nl(
      `De datasets waaruit de ${input.document.title} haar cijfers haalt: per dataset de bron, de peildatum, de versie en een CSV-bestand om te downloaden.`,
    ),
    "dct:publisher": gemeente(input),
    "dct:creator": gemeente(input),
    ...contactPoint(input),
    "dct:language": dutch,
    "foaf:homepage": { "@id": onSite(input, "/data/"), "@type": "foaf:Document" },
    ...(modified ? { "dct:modified": date(modified) } : {}),
    "dcat:dataset": input.datasets.map((published) => datasetNode(input, published)),
  };
}
