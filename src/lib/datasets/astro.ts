// Astro-side access to the datasets for pages and components; the logic lives beside this file.
import type { Dataset } from "./types.ts";
import { archivedVersions, type ArchivedVersion } from "./archive.ts";
import { listArchiveFiles } from "./archive-files.ts";
import { loadDatasetsOnce } from "./load.ts";

/** Every dataset in data/, sorted by id: parsed once per change of the files (the project root is
 * the working directory), as the editor check and the editions read them. Not an Astro content
 * collection: in `astro dev` that lagged behind the files after a save, and a page loaded in that
 * moment mixed old data with the archive as it is now. */
export async function getDatasets(): Promise<Dataset[]> {
  return [...loadDatasetsOnce(process.cwd())].sort((a, b) => a.id.localeCompare(b.id));
}

/** Earlier versions kept in data/archief/, checked against the change logs. */
export async function getArchivedVersions(): Promise<ArchivedVersion[]> {
  return archivedVersions(await getDatasets(), listArchiveFiles());
}
