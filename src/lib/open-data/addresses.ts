/** Addresses of the open-data files, one place for each (the data page links them all). */

/** The Frictionless data package of all datasets. */
export const dataPackagePath = "/data/datapackage.json";

/** The DCAT-AP-NL catalogue of all datasets, for harvesters such as data.overheid.nl. */
export const cataloguePath = "/data/catalogus.jsonld";

/** One dataset's DCAT description; its address is also the dataset's identifier. */
export function datasetDescriptionPath(id: string): string {
  return `/data/${id}/dataset.jsonld`;
}

/** The dataset's section on the data page, the page a reader lands on. */
export function datasetLandingPath(id: string): string {
  return `/data/#${id}`;
}
