/** The CSV files of the editions' datasets, so a figure of an edition keeps its download: the
 * address /data/<id>/v<version>.csv serves the current file or the archive's, and, for a
 * version only an edition still holds, the edition's own copy. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadDatasetsOnce } from "../datasets/load.ts";
import { editionDataDir } from "./layout.ts";
import type { Edition } from "./list.ts";

export interface DatasetVersionFile {
  id: string;
  version: number;
  /** Project-relative path of the CSV. */
  file: string;
}

/** Every dataset version an edition holds, with its file, oldest edition first. */
export function editionDatasetFiles(root: string, editions: readonly Edition[]): DatasetVersionFile[] {
  return editions.flatMap((edition) =>
    loadDatasetsOnce(root, editionDataDir(edition.version)).map((dataset) => ({ id: dataset.id, version: dataset.meta.version, file: dataset.file.csv })),
  );
}

/** One file per dataset version: the first given wins (current, then archive, then editions). */
export function oneFilePerVersion(files: readonly DatasetVersionFile[]): DatasetVersionFile[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = `${file.id}/v${file.version}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function csvText(root: string, file: string): string {
  return readFileSync(path.join(root, file), "utf8").replace(/^\uFEFF/, "").replace(/\r\n/g, "\n").trimEnd();
}

/** Warnings for an edition's dataset whose numbers differ from another file with the same
 * version: a download address would then give other numbers than the edition showed. */
export function versionClashes(root: string, served: readonly DatasetVersionFile[], editions: readonly DatasetVersionFile[]): string[] {
  return editions.flatMap((copy) => {
    const other = served.find((file) => file.id === copy.id && file.version === copy.version && file.file !== copy.file);
    if (!other || csvText(root, other.file) === csvText(root, copy.file)) return [];
    return [
      `${other.file} heet versie ${copy.version} van "${copy.id}", net als ${copy.file} in een uitgebrachte versie, maar de cijfers verschillen. ` +
        `Een versie van een dataset verandert niet: geef de nieuwe cijfers een nieuwe versie (verhoog version in data/${copy.id}.yaml en bewaar de oude in data/archief/, zie docs/redactiegids.md).`,
    ];
  });
}
