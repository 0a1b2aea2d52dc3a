// The CSV of each dataset at an address that carries its version: /data/<id>/v<version>.csv.
// The file is served as the editors keep it in data/, byte for byte.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { getDatasets } from "../../../lib/datasets/astro";

export const getStaticPaths = (async () => {
  const datasets = await getDatasets();
  return datasets.map((dataset) => ({
    params: { id: dataset.id, file: `v${dataset.meta.version}.csv` },
    props: { csv: dataset.file.csv },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(path.resolve(String(props["csv"]))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
