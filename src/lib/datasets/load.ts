import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { datasetIdPattern } from "../../schemas/dataset.ts";
import { decodeText, parseCsv } from "./csv.ts";
import { DatasetError, type DatasetProblem } from "./errors.ts";
import type { Dataset } from "./types.ts";
import { validateMeta, validateRows } from "./validate.ts";

/** The files of the data folder, passed in so parsing is testable without a disk. */
export interface DataFiles {
  /** Folder as the editor knows it, used in messages: "data". */
  dir: string;
  /** File names in the folder ("eenzaamheid.csv"). */
  names: readonly string[];
  read(name: string): string;
}

// README.md explains the folder; archief/ keeps earlier versions (see ./archive.ts).
const SKIPPED = new Set(["README.md", "archief"]);

/** Set by the benchmark: every real parse of the data folder appends a line to this file, so the
 * bench counts parses, not log lines. */
const parseLogVariable = "WZV_PARSE_LOG";

/** A pair of files already read and found valid, by the digest of both texts: the released
 * editions hold copies of mostly the same datasets, and each is checked once. Only valid pairs
 * are kept, so every problem is still reported with the file it is in. */
const maxCheckedPairs = 2000;
const checkedPairs: Map<string, Pick<Dataset, "meta" | "rows">> = ((globalThis as Record<symbol, unknown>)[Symbol.for("wzv.dataset-pairs")] ??=
  new Map()) as Map<string, Pick<Dataset, "meta" | "rows">>;

function pairDigest(yamlText: string, csvText: string): string {
  return createHash("sha256").update(yamlText).update("\0").update(csvText).digest("hex");
}

/** Reads, checks and types every dataset pair; throws one {@link DatasetError} listing every problem. */
export function loadDatasets(files: DataFiles): Dataset[] {
  const log = process.env[parseLogVariable];
  if (log) appendFileSync(log, `${files.dir}\n`);
  const problems: DatasetProblem[] = [];
  const datasets: Dataset[] = [];
  const ids = new Map<string, { csv?: string; meta?: string }>();
  const at = (name: string) => `${files.dir}/${name}`;

  for (const name of [...files.names].sort()) {
    if (SKIPPED.has(name) || name.startsWith(".")) continue;
    const match = /^(.*)\.(csv|yaml|yml)$/.exec(name);
    if (!match) {
      problems.push({
        file: at(name),
        problem: "dit bestand hoort niet in de map met gegevens.",
        expected: "alleen paren <naam>.csv en <naam>.yaml (en README.md en de map archief)",
        fix: "Sla het bestand als CSV op (in Excel: Opslaan als > CSV (puntkomma-gescheiden)), of zet het ergens anders neer.",
      });
      continue;
    }
    const [, id = "", extension] = match;
    const pair = ids.get(id) ?? {};
    if (extension === "csv") pair.csv = name;
    else pair.meta = name;
    ids.set(id, pair);
  }

  for (const [id, pair] of ids) {
    if (!datasetIdPattern.test(id)) {
      problems.push({
        file: at(pair.csv ?? pair.meta ?? id),
        problem: "de bestandsnaam is niet bruikbaar als naam van een dataset.",
        found: id,
        expected: "kleine letters, cijfers en streepjes, beginnend met een letter (bijvoorbeeld: zorgvraag-drenthe)",
        fix: "Geef het CSV-bestand en het metadatabestand samen een nieuwe naam.",
      });
      continue;
    }
    if (!pair.csv || !pair.meta) {
      const present = at((pair.csv ?? pair.meta)!);
      problems.push({
        file: present,
        problem: pair.csv ? `het metadatabestand ${at(`${id}.yaml`)} ontbreekt.` : `het CSV-bestand ${at(`${id}.csv`)} ontbreekt.`,
        expected: "bij elke dataset een .csv-bestand en een .yaml-bestand met dezelfde naam",
        fix: pair.csv
          ? `Maak ${at(`${id}.yaml`)} aan (kopieer een bestaand metadatabestand en pas het aan), of haal de CSV weg.`
          : `Zet de gegevens in ${at(`${id}.csv`)}, of haal het metadatabestand weg.`,
      });
      continue;
    }
    const file = { csv: at(pair.csv), meta: at(pair.meta) };
    const yamlText = files.read(pair.meta);
    const csvText = files.read(pair.csv);
    const known = checkedPairs.get(pairDigest(yamlText, csvText));
    if (known) {
      datasets.push({ id, ...known, file });
      continue;
    }
    const meta = validateMeta(yamlText, file.meta);
    const csv = parseCsv(csvText, file.csv);
    if (!meta.ok) problems.push(...meta.problems);
    if (!csv.ok) problems.push(...csv.problems);
    if (!meta.ok || !csv.ok) continue;
    const rows = validateRows(csv.table, meta.value, file);
    if (!rows.ok) {
      problems.push(...rows.problems);
      continue;
    }
    // A long `astro dev` session checks every saved version of a file: keep the memory bounded.
    if (checkedPairs.size >= maxCheckedPairs) checkedPairs.clear();
    checkedPairs.set(pairDigest(yamlText, csvText), { meta: meta.value, rows: rows.value });
    datasets.push({ id, meta: meta.value, rows: rows.value, file });
  }

  if (problems.length > 0) throw new DatasetError(problems);
  return datasets;
}

/** The real data folder on disk. `root` is the project root. */
export function diskDataFiles(root: string, dir = "data"): DataFiles {
  const folder = path.join(root, dir);
  return {
    dir,
    names: readdirSync(folder),
    read: (name) => decodeText(readFileSync(path.join(folder, name))),
  };
}

interface CacheEntry {
  digest: string;
  datasets: Dataset[];
}

/** Shared by every copy of this module in the process (the build loads it through Vite for the
 * pages and through Node for the integrations and scripts): one parse per change. */
const cache: Map<string, CacheEntry> = ((globalThis as Record<symbol, unknown>)[Symbol.for("wzv.datasets")] ??= new Map()) as Map<
  string,
  CacheEntry
>;

/** The datasets of `dir` under `root`, parsed once for as long as no file in the folder changes.
 * An empty list when the folder does not exist. A bad dataset throws its {@link DatasetError}. */
export function loadDatasetsOnce(root: string, dir = "data"): Dataset[] {
  const folder = path.join(root, dir);
  if (!existsSync(folder)) return [];
  const entries = readdirSync(folder, { withFileTypes: true });
  const names = entries.map((entry) => entry.name).sort();
  const texts = new Map<string, string>();
  const hash = createHash("sha256");
  for (const name of names) {
    if (SKIPPED.has(name) || name.startsWith(".") || !entries.find((entry) => entry.name === name)?.isFile()) continue;
    const text = decodeText(readFileSync(path.join(folder, name)));
    texts.set(name, text);
    hash.update(name).update("\0").update(text).update("\0");
  }
  const digest = hash.digest("hex");
  const cached = cache.get(folder);
  if (cached?.digest === digest) return cached.datasets;
  const datasets = loadDatasets({ dir, names, read: (name) => texts.get(name) ?? "" });
  cache.set(folder, { digest, datasets });
  return datasets;
}
