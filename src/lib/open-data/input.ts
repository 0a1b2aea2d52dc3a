import type { DocumentInfo } from "../content/document-info.ts";
import type { Dataset } from "../datasets/types.ts";
import type { CsvFacts } from "./csv-facts.ts";

/** A dataset as published: its checked data and the facts of its current CSV file. */
export interface PublishedDataset {
  dataset: Dataset;
  csv: CsvFacts;
}

/** Everything the open-data files are made from. */
export interface OpenDataInput {
  /** The site's address (astro.config.mjs `site`): every address in the files is absolute on it. */
  site: URL;
  document: DocumentInfo;
  /** Sorted by id. */
  datasets: readonly PublishedDataset[];
}

/** An absolute address on the site: "/data/" -> "<site>/data/" (`site` in src/content/document.json). */
export function onSite(input: OpenDataInput, sitePath: string): string {
  return new URL(sitePath, input.site).href;
}
