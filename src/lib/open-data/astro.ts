// Astro-side gathering of what the open-data files are made from; the files themselves are built
// by the plain functions beside this one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { documentInfo } from "../content/astro";
import { getDatasets } from "../datasets/astro";
import { csvFacts } from "./csv-facts";
import type { OpenDataInput } from "./input";

/** `site` is the endpoint's `context.site` (astro.config.mjs). */
export async function getOpenDataInput(site: URL | undefined): Promise<OpenDataInput> {
  if (!site) throw new Error("astro.config.mjs has no `site`: the open-data files need absolute addresses.");
  const datasets = (await getDatasets()).map((dataset) => ({
    dataset,
    csv: csvFacts(dataset, readFileSync(path.resolve(dataset.file.csv))),
  }));
  return { site, document: documentInfo, datasets };
}

/** A JSON or JSON-LD response, indented so a reader who opens it can follow it. */
export function jsonResponse(body: unknown, contentType: string): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": contentType } });
}
