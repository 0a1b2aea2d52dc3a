/** The mistakes an editor makes, each as a change to a copy of today's project: the tests build
 * with them, and docs/redactiegids.md shows what they print (tests/build/guide-examples.test.ts). */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface Edit {
  /** Project-relative path. */
  file: string;
  /** Literal text in the file today, and what replaces its first occurrence. */
  from: string;
  to: string;
}

export interface Mistake {
  /** What an editor did, in the test's words. */
  title: string;
  edits: Edit[];
  /** Where the message has to point: "file:line" (the line is found by `marker`). */
  at: { file: string; marker: string };
}

const inwoner = "src/content/chapters/inwoner.mdx";
const huis = "src/content/chapters/huis.mdx";
const wijk = "src/content/chapters/wijk.mdx";
const stad = "src/content/chapters/stad-en-regio.mdx";
const lariks = '<Value of="eenzaamheid" row="Lariks" />';

export const mistakes = {
  "dataset-typo": {
    title: "a typo in a dataset name",
    edits: [{ file: inwoner, from: lariks, to: '<Value of="eenzaamheit" row="Lariks" />' }],
    at: { file: inwoner, marker: 'of="eenzaamheit"' },
  },
  "unknown-row": {
    title: "a row that is not in the dataset",
    edits: [{ file: inwoner, from: lariks, to: '<Value of="eenzaamheid" row="Larix" />' }],
    at: { file: inwoner, marker: 'row="Larix"' },
  },
  "unclosed-tag": {
    title: "an unclosed tag",
    edits: [{ file: huis, from: "</Note>", to: "" }],
    at: { file: huis, marker: "<Note>" },
  },
  "stray-brace": {
    title: "a stray brace in a sentence",
    edits: [{ file: huis, from: "De meeste Assenaren zijn tevreden", to: "De meeste Assenaren {zijn tevreden" }],
    at: { file: huis, marker: "{zijn tevreden" },
  },
  "bad-status": {
    title: "a chapter status that does not exist",
    edits: [{ file: huis, from: "status: concept", to: "status: klaar" }],
    at: { file: huis, marker: "status: klaar" },
  },
  "missing-title": {
    title: "a chapter without a title",
    edits: [{ file: huis, from: "title: Het huis\n", to: "" }],
    at: { file: huis, marker: "---" },
  },
  "same-order": {
    title: "two chapters with one order number",
    edits: [{ file: wijk, from: "order: 3", to: "order: 2" }],
    at: { file: wijk, marker: "order: 2" },
  },
  "figure-type": {
    title: 'figure type "taart"',
    edits: [{ file: stad, from: 'type="change"', to: 'type="taart"' }],
    at: { file: stad, marker: 'type="taart"' },
  },
  "figure-without-id": {
    title: "a figure without an id (as the studio used to save an inserted one)",
    edits: [{ file: huis, from: "De meeste Assenaren zijn tevreden over hun huidige woonsituatie.\n", to: 'De meeste Assenaren zijn tevreden over hun huidige woonsituatie.\n\n<Figure dataset="mantelzorgers" type="bar" />\n' }],
    at: { file: huis, marker: '<Figure dataset="mantelzorgers" type="bar" />' },
  },
  "figure-ref": {
    title: "a reference to a figure that does not exist",
    edits: [{ file: wijk, from: "</Ambities>\n", to: '</Ambities>\n\nZie <Ref to="mantelzorger" />.\n' }],
    at: { file: wijk, marker: '<Ref to="mantelzorger" />' },
  },
  "csv-cell": {
    title: "a unit in a number cell",
    edits: [{ file: "data/eenzaamheid.csv", from: "Lariks;56", to: "Lariks;56%" }],
    at: { file: "data/eenzaamheid.csv", marker: "Lariks;56%" },
  },
  "csv-extra-column": {
    title: "an extra CSV column",
    edits: [{ file: "data/eenzaamheid.csv", from: "gebied;aandeel", to: "gebied;aandeel;bron" }],
    at: { file: "data/eenzaamheid.csv", marker: "gebied;aandeel;bron" },
  },
  "csv-extra-cell": {
    title: "an extra cell in a CSV row",
    edits: [{ file: "data/eenzaamheid.csv", from: "Lariks;56", to: "Lariks;56;57" }],
    at: { file: "data/eenzaamheid.csv", marker: "Lariks;56;57" },
  },
  "check-type": {
    title: "a check of a type that does not exist",
    edits: [{ file: "data/zorgvraag-drenthe-stijging.yaml", from: "type: growth", to: "type: groei" }],
    at: { file: "data/zorgvraag-drenthe-stijging.yaml", marker: "type: groei" },
  },
  "check-row": {
    title: "a check that names a row that does not exist",
    edits: [{ file: "data/zorgvraag-drenthe-stijging.yaml", from: "row: 2040", to: "row: 2041" }],
    at: { file: "data/zorgvraag-drenthe-stijging.yaml", marker: "row: 2041" },
  },
  "document-status": {
    title: "a document status that does not exist",
    edits: [{ file: "src/content/document.json", from: '"status": "concept"', to: '"status": "klaar"' }],
    at: { file: "src/content/document.json", marker: '"status": "klaar"' },
  },
  "new-version-step-1": {
    title: "a new dataset version, after step 1 of the guide (version and change log)",
    edits: [
      { file: "data/eenzaamheid.yaml", from: "version: 1\n", to: "version: 2\n" },
      {
        file: "data/eenzaamheid.yaml",
        from: "    description: Eerste versie, overgenomen uit de conceptversie van de Woonzorgvisie.",
        to: "    description: Eerste versie, overgenomen uit de conceptversie van de Woonzorgvisie.\n  - version: 2\n    date: 2027-03-01\n    description: Cijfers van de Gezondheidsmonitor 2026.",
      },
    ],
    at: { file: "data/eenzaamheid.yaml", marker: "  - version: 1" },
  },
} satisfies Record<string, Mistake>;

export type MistakeId = keyof typeof mistakes;

/** Makes the mistake in the project at `root`; returns a function that undoes it. */
export function makeMistake(root: string, mistake: Mistake): () => void {
  const originals = new Map<string, string>();
  for (const edit of mistake.edits) {
    const file = path.join(root, edit.file);
    const text = readFileSync(file, "utf8");
    if (!originals.has(file)) originals.set(file, text);
    if (!text.includes(edit.from)) throw new Error(`${edit.file} no longer contains ${JSON.stringify(edit.from)}: update tests/support/mistakes.ts`);
    writeFileSync(file, text.replace(edit.from, edit.to));
  }
  return () => {
    for (const [file, text] of originals) writeFileSync(file, text);
  };
}

/** The line of the mistake's marker in the changed file (for a CSV: its spreadsheet row). */
export function expectedLine(root: string, mistake: Mistake): number {
  const lines = readFileSync(path.join(root, mistake.at.file), "utf8").split("\n");
  const index = lines.findIndex((line) => line.includes(mistake.at.marker));
  if (index === -1) throw new Error(`${mistake.at.file} has no ${JSON.stringify(mistake.at.marker)} after the change`);
  return index + 1;
}

/** How the message names that place: "src/content/chapters/huis.mdx:24:" or "data/eenzaamheid.csv, rij 3". */
export function expectedWhere(root: string, mistake: Mistake): string {
  const line = expectedLine(root, mistake);
  return mistake.at.file.endsWith(".csv") ? `${mistake.at.file}, rij ${line}` : `${mistake.at.file}:${line}:`;
}
