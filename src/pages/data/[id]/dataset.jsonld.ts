// /data/<id>/dataset.jsonld: one dataset's DCAT-AP-NL description; its address is the dataset's
// identifier in the catalogue (src/lib/open-data/dcat.ts).
import type { APIRoute, GetStaticPaths } from "astro";
import { getDatasets } from "../../../lib/datasets/astro.ts";
import { buildDatasetDescription } from "../../../lib/open-data/dcat.ts";
import { getOpenDataInput, jsonResponse } from "../../../lib/open-data/astro.ts";

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { id: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const input = await getOpenDataInput(site);
  const published = input.datasets.find(({ dataset }) => dataset.id === params["id"])!;
  return jsonResponse(buildDatasetDescription(input, published), "application/ld+json");
};
