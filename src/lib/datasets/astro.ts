// Thin Astro-side access to the `datasets` collection for components; the logic lives in ./lookup.
import { getCollection } from "astro:content";
import { findDataset, resolveValue, type ResolvedValue } from "./lookup";
import type { Dataset } from "./types";
import { archivedVersions, type ArchivedVersion } from "./archive";
import { listArchiveFiles } from "./archive-files";

/** Every dataset, sorted by id. */
export async function getDatasets(): Promise<Dataset[]> {
  const entries = await getCollection("datasets");
  return entries
    .map((entry) => ({ id: entry.id, ...entry.data }) as Dataset)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** One dataset; an unknown id stops the build and lists the valid ids. */
export async function getDataset(id: string): Promise<Dataset> {
  return findDataset(await getDatasets(), id);
}

/** The value a <Value of row col> shows. */
export async function getValue(id: string, key: string | number, col?: string): Promise<ResolvedValue> {
  return resolveValue(await getDatasets(), id, key, col);
}

/** Earlier versions kept in data/archief/, checked against the change logs. */
export async function getArchivedVersions(): Promise<ArchivedVersion[]> {
  return archivedVersions(await getDatasets(), listArchiveFiles());
}
