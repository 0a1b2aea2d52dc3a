import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TempProject } from "./temp-project.ts";

/** The scenario of issue 11's "Done when": on top of edition 0.1, raise the version to 0.2, change
 * one sentence, delete another and change one number of a dataset with a new dataset version. */
export const scenario = {
  version: "0.2",
  date: "2026-12-12",
  changed: {
    file: "src/content/chapters/inwoner.mdx",
    before: "Veel mensen in Assen zijn bereid een ander te helpen.",
    after: "Veel inwoners van Assen willen graag een ander helpen.",
  },
  /** A sentence that is a paragraph of its own: deleting it removes the paragraph (2.12) whole. */
  deleted: {
    file: "src/content/chapters/huis.mdx",
    sentence: "De meeste Assenaren zijn tevreden over hun huidige woonsituatie.",
  },
  number: {
    dataset: "eenzaamheid",
    row: "Lariks",
    before: "56",
    after: "57",
    changeLog: "Cijfers van de Gezondheidsmonitor 2026.",
  },
} as const;

function replaceOnce(file: string, before: string, after: string): void {
  const text = readFileSync(file, "utf8");
  if (text.split(before).length !== 2) throw new Error(`scenario: "${before}" does not occur exactly once in ${file}`);
  writeFileSync(file, text.replace(before, after));
}

export function applyScenario(project: TempProject): void {
  const documentFile = project.file("src/content/document.json");
  const document = JSON.parse(readFileSync(documentFile, "utf8")) as Record<string, unknown>;
  writeFileSync(documentFile, `${JSON.stringify({ ...document, version: scenario.version, date: scenario.date }, null, 2)}\n`);

  replaceOnce(project.file(scenario.changed.file), scenario.changed.before, scenario.changed.after);
  replaceOnce(project.file(scenario.deleted.file), `${scenario.deleted.sentence}\n\n`, "");

  // A new dataset version, as docs/redactiegids.md says: keep v1 in the archive, raise the version, log it.
  const { dataset, row, before, after, changeLog } = scenario.number;
  const csv = project.file(`data/${dataset}.csv`);
  const archive = project.file(`data/archief/${dataset}/v1.csv`);
  mkdirSync(path.dirname(archive), { recursive: true });
  writeFileSync(archive, readFileSync(csv));
  replaceOnce(csv, `${row};${before}\n`, `${row};${after}\n`);
  const meta = project.file(`data/${dataset}.yaml`);
  replaceOnce(meta, "\nversion: 1\n", "\nversion: 2\n");
  writeFileSync(meta, `${readFileSync(meta, "utf8").trimEnd()}\n  - version: 2\n    date: ${scenario.date}\n    description: ${changeLog}\n`);
}
