// The CSV of each dataset at an address that carries its version: /data/<id>/v<version>.csv.
// The file is served as the editors keep it in data/, byte for byte; earlier versions come from
// data/archief/, so an address once quoted keeps giving the same numbers.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { getArchivedVersions, getDatasets } from "../../../lib/datasets/astro";

export const getStaticPaths = (async () => {
  const datasets = await getDatasets();
  const current = datasets.map((dataset) => ({
    params: { id: dataset.id, file: `v${dataset.meta.version}.csv` },
    props: { csv: dataset.file.csv },
  }));
  const earlier = (await getArchivedVersions()).map((archived) => ({
    params: { id: archived.id, file: `v${archived.version}.csv` },
    props: { csv: archived.file },
  }));
  return [...current, ...earlier];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(path.resolve(String(props["csv"]))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
