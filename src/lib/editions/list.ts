/** The released editions in editions/, read from their manifests. */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { compareVersions, editionDir, editionsDir } from "./layout.ts";
import { EditionError, readManifest, type EditionManifest } from "./manifest.ts";

export interface Edition {
  version: string;
  status: EditionManifest["status"];
  date: string;
  title: string;
  /** "editions/0.1", relative to the project root. */
  dir: string;
  manifest: EditionManifest;
}

/** Folders that are not editions: hidden ones, such as a release still being written. */
function isEditionFolder(name: string): boolean {
  return !name.startsWith(".");
}

/** Every released edition, oldest first. A folder whose manifest is missing or names another
 * version stops with a message naming it. */
export function listEditions(root: string): Edition[] {
  const folder = path.join(root, editionsDir);
  if (!existsSync(folder)) return [];
  const editions = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isEditionFolder(entry.name))
    .map((entry) => {
      const dir = `${editionsDir}/${entry.name}`;
      const manifest = readManifest(path.join(root, dir), dir);
      if (manifest.version !== entry.name) {
        throw new EditionError(
          `${dir}/manifest.json hoort bij versie ${manifest.version}, maar staat in de map ${dir}/. De map van een uitgebrachte versie heet naar die versie (${editionDir(manifest.version)}/); zet de map terug uit git.`,
          { location: { file: `${dir}/manifest.json` } },
        );
      }
      return { version: manifest.version, status: manifest.status, date: manifest.date, title: manifest.title, dir, manifest };
    });
  return editions.sort((a, b) => compareVersions(a.version, b.version));
}

/** The newest edition whose version is lower than `version`: what `version` is compared with. */
export function editionBefore(editions: readonly Edition[], version: string): Edition | undefined {
  return editions.filter((edition) => compareVersions(edition.version, version) < 0).at(-1);
}

/** The text in force before `version`: the newest `vastgesteld` edition with a lower version, when
 * it is not the edition `version` is compared with anyway. The raad compares each version with it
 * as well as with the version before. */
export function inForceBefore(editions: readonly Edition[], version: string): Edition | undefined {
  const inForce = editions.filter((edition) => edition.status === "vastgesteld" && compareVersions(edition.version, version) < 0).at(-1);
  return inForce && inForce !== editionBefore(editions, version) ? inForce : undefined;
}
