// Astro-side access to the datasets for pages and components; the logic lives beside this file.
import type { Dataset } from "./types.ts";
import { archivedVersions, type ArchivedVersion } from "./archive.ts";
import { listArchiveFiles } from "./archive-files.ts";
import { loadDatasetsOnce } from "./load.ts";

let builtDatasets: Dataset[] | undefined;

/** Every dataset in data/, sorted by id: parsed once per change of the files (the project root is
 * the working directory), as the editor check and the editions read them. Not an Astro content
 * collection: in `astro dev` that lagged behind the files after a save, and a page loaded in that
 * moment mixed old data with the archive as it is now. A build asks once for all its figures,
 * tables and values (the files cannot change while it runs); `astro dev` asks for every page. */
export async function getDatasets(): Promise<Dataset[]> {
  if (builtDatasets) return builtDatasets;
  const datasets = [...loadDatasetsOnce(process.cwd())].sort((a, b) => a.id.localeCompare(b.id));
  if (!import.meta.env.DEV) builtDatasets = datasets;
  return datasets;
}

/** Earlier versions kept in data/archief/, checked against the change logs. */
export async function getArchivedVersions(): Promise<ArchivedVersion[]> {
  return archivedVersions(await getDatasets(), listArchiveFiles());
}
