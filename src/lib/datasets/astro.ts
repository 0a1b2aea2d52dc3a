// Thin Astro-side access to the `datasets` collection for components; the logic lives in ./lookup.
import { getCollection } from "astro:content";
import type { Dataset } from "./types.ts";
import { archivedVersions, type ArchivedVersion } from "./archive.ts";
import { listArchiveFiles } from "./archive-files.ts";
import { loadDatasetsOnce } from "./load.ts";

/** Every dataset, sorted by id. */
export async function getDatasets(): Promise<Dataset[]> {
  // In `astro dev` the collection can lag behind the files for a moment after a save, and a page
  // loaded in that moment would mix old data with the archive as it is now. The loader reads with
  // the same function (one parse per change), and the editor check has already found any mistake.
  const datasets = import.meta.env.DEV
    ? loadDatasetsOnce(process.cwd())
    : (await getCollection("datasets")).map((entry) => ({ id: entry.id, ...entry.data }) as Dataset);
  return [...datasets].sort((a, b) => a.id.localeCompare(b.id));
}

/** Earlier versions kept in data/archief/, checked against the change logs. */
export async function getArchivedVersions(): Promise<ArchivedVersion[]> {
  return archivedVersions(await getDatasets(), listArchiveFiles());
}
