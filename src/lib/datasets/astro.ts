// Thin Astro-side access to the `datasets` collection for components; the logic lives in ./lookup.
import { getCollection } from "astro:content";
import type { Dataset } from "./types.ts";
import { archivedVersions, type ArchivedVersion } from "./archive.ts";
import { listArchiveFiles } from "./archive-files.ts";

/** Every dataset, sorted by id. */
export async function getDatasets(): Promise<Dataset[]> {
  const entries = await getCollection("datasets");
  return entries
    .map((entry) => ({ id: entry.id, ...entry.data }) as Dataset)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Earlier versions kept in data/archief/, checked against the change logs. */
export async function getArchivedVersions(): Promise<ArchivedVersion[]> {
  return archivedVersions(await getDatasets(), listArchiveFiles());
}
