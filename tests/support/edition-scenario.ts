import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TempProject } from "./temp-project.ts";

/** The scenario of issue 11's "Done when": on top of edition 0.1, raise the version to 0.2, change
 * one sentence, delete another and change one number of a dataset with a new dataset version.
 * Issue 22 adds what the renvooi must show beyond words: a changed cell of a data table, a
 * paragraph that moved, and a footnote added before another (which renumbers it). */
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
  /** One cell of the <DataTable> in De wijk filled in, with a new version of its dataset. */
  cell: {
    dataset: "ontmoetingsruimte",
    row: "Lariks",
    before: "Lariks;;onbekend",
    after: "Lariks;onvoldoende / vraagt aandacht;bekend",
    changeLog: "De situatie in Lariks is bekend.",
  },
  /** A paragraph of Het huis moved up, unchanged, to follow the other paragraph on Beschermd Wonen. */
  moved: {
    file: "src/content/chapters/huis.mdx",
    start: "Er zijn <Value of=\"jongeren-beschermd-wonen\"",
    after: "Vanuit de Maatschappelijke Opvang is rechtstreeks één persoon doorgestroomd naar zelfstandig wonen.\n\n",
  },
  /** A footnote added to an ambition of Het huis, before the chapter's own footnote (2, now 3). */
  footnote: {
    file: "src/content/chapters/huis.mdx",
    sentence: "We bouwen levensloopbestendige en zorggeschikte woningen gericht op de diversiteit aan woon- en zorgbehoeften.",
    text: "Levensloopbestendig: een woning waarin iemand kan blijven wonen als de gezondheid minder wordt.",
  },
} as const;

/** A new version of a dataset, as docs/redactiegids.md says: keep the old CSV in the archive,
 * change a row, raise the version and log it. */
function newDatasetVersion(project: TempProject, dataset: string, before: string, after: string, changeLog: string): void {
  const csv = project.file(`data/${dataset}.csv`);
  const archive = project.file(`data/archief/${dataset}/v1.csv`);
  mkdirSync(path.dirname(archive), { recursive: true });
  writeFileSync(archive, readFileSync(csv));
  replaceOnce(csv, `${before}\n`, `${after}\n`);
  const meta = project.file(`data/${dataset}.yaml`);
  replaceOnce(meta, "\nversion: 1\n", "\nversion: 2\n");
  writeFileSync(meta, `${readFileSync(meta, "utf8").trimEnd()}\n  - version: 2\n    date: ${scenario.date}\n    description: ${changeLog}\n`);
}

/** Moves the paragraph that starts with `start` to right after `after`. */
function moveParagraph(file: string, start: string, after: string): void {
  const text = readFileSync(file, "utf8");
  const from = text.indexOf(start);
  const end = text.indexOf("\n\n", from);
  if (from === -1 || end === -1) throw new Error(`scenario: no paragraph starting with "${start}" in ${file}`);
  const paragraph = text.slice(from, end + 2);
  writeFileSync(file, text.slice(0, from) + text.slice(end + 2));
  replaceOnce(file, after, `${after}${paragraph}`);
}

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

  const { dataset, row, before, after, changeLog } = scenario.number;
  newDatasetVersion(project, dataset, `${row};${before}`, `${row};${after}`, changeLog);

  newDatasetVersion(project, scenario.cell.dataset, scenario.cell.before, scenario.cell.after, scenario.cell.changeLog);
  moveParagraph(project.file(scenario.moved.file), scenario.moved.start, scenario.moved.after);
  replaceOnce(project.file(scenario.footnote.file), scenario.footnote.sentence, `${scenario.footnote.sentence}<Footnote>${scenario.footnote.text}</Footnote>`);
}
