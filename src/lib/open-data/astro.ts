// Astro-side gathering of what the open-data files are made from; the files themselves are built
// by the plain functions beside this one.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { documentInfo } from "../content/astro.ts";
import { getDatasets } from "../datasets/astro.ts";
import { csvFacts, type CsvFacts } from "./csv-facts.ts";
import type { Dataset } from "../datasets/types.ts";
import type { OpenDataInput } from "./input.ts";

/** Every dataset's page and the two catalogues ask for the facts of every CSV (size, hash,
 * notation): work them out once per version of the file on disk. */
const factsByFile = new Map<string, { stamp: string; facts: CsvFacts }>();

function factsOf(dataset: Dataset): CsvFacts {
  const file = path.resolve(dataset.file.csv);
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}:${size}:${JSON.stringify(dataset.meta.schema)}`;
  const known = factsByFile.get(file);
  if (known?.stamp === stamp) return known.facts;
  const facts = csvFacts(dataset, readFileSync(file));
  factsByFile.set(file, { stamp, facts });
  return facts;
}

/** `site` is the endpoint's `context.site` (astro.config.mjs). */
export async function getOpenDataInput(site: URL | undefined): Promise<OpenDataInput> {
  if (!site) throw new Error("astro.config.mjs has no `site`: the open-data files need absolute addresses.");
  const datasets = (await getDatasets()).map((dataset) => ({ dataset, csv: factsOf(dataset) }));
  return { site, document: documentInfo, datasets };
}

/** A JSON or JSON-LD response, indented so a reader who opens it can follow it. */
export function jsonResponse(body: unknown, contentType: string): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": contentType } });
}
