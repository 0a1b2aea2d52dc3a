// /data/datapackage.json: the Frictionless data package of every dataset (src/lib/open-data/datapackage.ts).
import type { APIRoute } from "astro";
import { buildDataPackage } from "../../lib/open-data/datapackage.ts";
import { getOpenDataInput, jsonResponse } from "../../lib/open-data/astro.ts";

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(buildDataPackage(await getOpenDataInput(site)), "application/json");
