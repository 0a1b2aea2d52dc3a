// The CSV of each dataset at an address that carries its version: /data/<id>/v<version>.csv.
// The file is served as the editors keep it in data/, byte for byte; earlier versions come from
// data/archief/, and a version that only a released edition still holds from that edition, so an
// address once quoted (or printed under a figure of an edition) keeps giving the same numbers.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { getArchivedVersions, getDatasets } from "../../../lib/datasets/astro.ts";
import { editionDatasetFiles, oneFilePerVersion } from "../../../lib/editions/data-files.ts";
import { getEditions } from "../../../lib/editions/astro.ts";

export const getStaticPaths = (async () => {
  const current = (await getDatasets()).map((dataset) => ({ id: dataset.id, version: dataset.meta.version, file: dataset.file.csv }));
  const earlier = await getArchivedVersions();
  const inEditions = editionDatasetFiles(process.cwd(), getEditions());
  return oneFilePerVersion([...current, ...earlier, ...inEditions]).map(({ id, version, file }) => ({
    params: { id, file: `v${version}.csv` },
    props: { csv: file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(path.resolve(String(props["csv"]))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
