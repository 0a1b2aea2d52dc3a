/**
 * /data/datapackage.json: every dataset as a resource of one Frictionless Tabular Data Package
 * (v1, https://specs.frictionlessdata.io/), so that tools such as frictionless-py or R's
 * frictionless read the CSV files with their types, Dutch titles, notation and provenance.
 * Facts that are `onbekend` are left out rather than written as if they were values.
 */
import { UNKNOWN } from "../../schemas/dataset.ts";
import { sourceText } from "../figures/source-line.ts";
import { datasetDownloadPath } from "../datasets/types.ts";
import { dataPackagePath, datasetLandingPath } from "./addresses.ts";
import { onSite, type OpenDataInput, type PublishedDataset } from "./input.ts";
import { findLicence } from "./licences.ts";

/** The "v1.csv" of "/data/eenzaamheid/v1.csv", relative to the package at /data/: a data package
 * path must not start with "/". */
function resourcePath(id: string, version: number): string {
  return datasetDownloadPath(id, version).replace(/^\/data\//, "");
}

function field({ dataset, csv }: PublishedDataset, name: string) {
  const meta = dataset.meta.schema.fields.find((f) => f.name === name)!;
  const notation = csv.fields.get(name)!;
  const required = meta.constraints?.required === true || name === dataset.meta.schema.primaryKey;
  const constraints = {
    ...(required ? { required: true } : {}),
    ...(meta.constraints?.enum ? { enum: meta.constraints.enum } : {}),
  };
  return {
    name,
    title: meta.title,
    ...(meta.description ? { description: meta.description } : {}),
    ...notation,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function resource(input: OpenDataInput, published: PublishedDataset) {
  const { dataset, csv } = published;
  const { meta } = dataset;
  const source = sourceText(meta);
  const licence = findLicence(meta.licence);
  return {
    profile: "tabular-data-resource",
    name: dataset.id,
    path: resourcePath(dataset.id, meta.version),
    title: meta.title,
    description: meta.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: csv.encoding,
    bytes: csv.bytes,
    hash: `sha256:${csv.sha256}`,
    // Our own properties (Frictionless allows them): the dataset's version, as in its address,
    // and its peildatum (JJJJ, JJJJ-MM or JJJJ-MM-DD), left out while onbekend.
    version: meta.version,
    ...(meta.peildatum === UNKNOWN ? {} : { peildatum: meta.peildatum }),
    ...(source === UNKNOWN ? {} : { sources: [{ title: source, ...(meta.source.url ? { path: meta.source.url } : {}) }] }),
    ...(licence ? { licenses: [{ name: licence.spdx, path: licence.url, title: licence.title }] } : {}),
    homepage: onSite(input, datasetLandingPath(dataset.id)),
    dialect: {
      delimiter: csv.delimiter,
      lineTerminator: csv.lineTerminator,
      quoteChar: '"',
      doubleQuote: true,
      header: true,
    },
    schema: {
      fields: meta.schema.fields.map((f) => field(published, f.name)),
      primaryKey: meta.schema.primaryKey,
      missingValues: [""],
    },
  };
}

export function buildDataPackage(input: OpenDataInput) {
  return {
    profile: "tabular-data-package",
    name: "woonzorgvisie-assen",
    id: onSite(input, dataPackagePath),
    title: `Cijfers van de ${input.document.title}`,
    description: `Alle cijfers van de ${input.document.title}, één bestand per dataset, met per kolom het type en de Nederlandse kolomkop.`,
    homepage: onSite(input, "/data/"),
    contributors: [{ title: input.document.organisation, role: "publisher" }],
    resources: input.datasets.map((published) => resource(input, published)),
  };
}
