import { DatasetError, type DatasetProblem } from "./errors.ts";
import type { Dataset } from "./types.ts";

/** Earlier versions of a dataset are kept here, as data/archief/<id>/v<version>.csv, so that a
 * download address quoted in the raad (/data/<id>/v1.csv) keeps giving the same numbers after
 * the dataset moves on to version 2. */
export const ARCHIVE_DIR = "data/archief";

export interface ArchivedVersion {
  id: string;
  version: number;
  /** Path relative to the project root: data/archief/<id>/v<version>.csv */
  file: string;
}

const archivePattern = /^data\/archief\/([^/]+)\/v(\d+)\.csv$/;

/** Matches the files in data/archief/ to the datasets' change logs. Every earlier version named
 * under `changes` must be archived; an archived file must belong to an earlier version. */
export function archivedVersions(datasets: readonly Dataset[], archiveFiles: readonly string[]): ArchivedVersion[] {
  const byId = new Map(datasets.map((dataset) => [dataset.id, dataset]));
  const problems: DatasetProblem[] = [];
  const archived: ArchivedVersion[] = [];

  for (const file of [...archiveFiles].sort()) {
    const match = archivePattern.exec(file);
    const dataset = match ? byId.get(match[1]!) : undefined;
    if (!match) {
      problems.push({
        file,
        problem: "dit bestand staat in het archief maar heeft niet de naam die het archief verwacht.",
        expected: "data/archief/<dataset>/v<versie>.csv, bijvoorbeeld data/archief/eenzaamheid/v1.csv",
        fix: "Geef het bestand een naam als v1.csv in een map met de naam van de dataset.",
      });
    } else if (!dataset) {
      problems.push({
        file,
        problem: `er is geen dataset "${match[1]}" in data/.`,
        fix: "Zet het bestand in de map van een bestaande dataset, of verwijder het.",
      });
    } else if (Number(match[2]) >= dataset.meta.version) {
      const archived = Number(match[2]);
      // Most often the first step of a new version: the old file is kept, the version not yet raised.
      problems.push({
        file,
        problem: `hier staat versie ${archived}, maar ${dataset.file.meta} is nog versie ${dataset.meta.version}; het archief bewaart alleen eerdere versies.`,
        expected: `in het archief alleen versies van vóór de huidige, versie ${dataset.meta.version}`,
        fix:
          archived === dataset.meta.version
            ? `Maakt u een nieuwe versie, verhoog dan in ${dataset.file.meta} version naar ${archived + 1} en voeg onder changes een regel voor versie ${archived + 1} toe (zie "Een dataset bijwerken" in docs/redactiegids.md). Bewaarde u dit bestand per ongeluk, haal het dan weg.`
            : `Controleer het nummer in de bestandsnaam: versie ${archived} bestaat nog niet. Bewaarde u dit bestand per ongeluk, haal het dan weg.`,
      });
    } else {
      archived.push({ id: dataset.id, version: Number(match[2]), file });
    }
  }

  for (const dataset of datasets) {
    for (const [position, change] of dataset.meta.changes.entries()) {
      if (change.version >= dataset.meta.version) continue;
      if (archived.some((entry) => entry.id === dataset.id && entry.version === change.version)) continue;
      problems.push({
        file: dataset.file.meta,
        column: `changes.${position + 1}`,
        columnKind: "veld",
        problem: `versie ${change.version} staat in de wijzigingen, maar het bestand van die versie is niet bewaard. Een link naar /data/${dataset.id}/v${change.version}.csv zou dan niet meer werken.`,
        expected: `${ARCHIVE_DIR}/${dataset.id}/v${change.version}.csv`,
        fix:
          change.version === dataset.meta.version - 1
            ? `Kopieer ${dataset.file.csv} naar ${ARCHIVE_DIR}/${dataset.id}/v${change.version}.csv zolang daar nog de cijfers van versie ${change.version} in staan. Zijn die al veranderd, haal versie ${change.version} dan uit git of uit de vorige versie van de site.`
            : `Zet de CSV van versie ${change.version} (uit git, of uit de vorige versie van de site) in ${ARCHIVE_DIR}/${dataset.id}/v${change.version}.csv.`,
      });
    }
  }

  if (problems.length > 0) throw new DatasetError(problems);
  return archived.sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}
