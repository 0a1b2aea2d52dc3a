// /data/catalogus.jsonld: the DCAT-AP-NL catalogue of every dataset (src/lib/open-data/dcat.ts).
import type { APIRoute } from "astro";
import { buildCatalogue } from "../../lib/open-data/dcat.ts";
import { getOpenDataInput, jsonResponse } from "../../lib/open-data/astro.ts";

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(buildCatalogue(await getOpenDataInput(site)), "application/ld+json");
