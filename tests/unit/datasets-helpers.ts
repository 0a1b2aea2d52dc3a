import { DatasetError } from "../../src/lib/datasets/errors.ts";
import { editorErrorOf } from "../support/editor-errors.ts";
import { loadDatasets, type DataFiles } from "../../src/lib/datasets/load.ts";

/** A small, valid metadata file for the examples below. */
export const META = `title: Eenzaamheid
description: Aandeel inwoners dat zich wel eens eenzaam voelt.
source:
  publisher: onbekend
  document: onbekend
peildatum: onbekend
version: 1
licence: onbekend
unit: "%"
schema:
  fields:
    - name: gebied
      type: string
      title: Gebied
    - name: aandeel
      type: number
      title: Aandeel (%)
      constraints:
        required: true
    - name: kwalificatie
      type: string
      title: Kwalificatie
  primaryKey: gebied
changes:
  - version: 1
    date: 2026-11-28
    description: Eerste versie.
`;

export function files(entries: Record<string, string>): DataFiles {
  return {
    dir: "data",
    names: Object.keys(entries),
    read: (name) => {
      const text = entries[name];
      if (text === undefined) throw new Error(`no ${name}`);
      return text;
    },
  };
}

/** The one-dataset case: data/eenzaamheid.csv with `csv`, and the metadata above (or `meta`). */
export function load(csv: string, meta = META) {
  return loadDatasets(files({ "eenzaamheid.csv": csv, "eenzaamheid.yaml": meta }));
}

/** The message a failing load gives, for inline snapshots. */
export function messageOf(run: () => unknown): string {
  const error = editorErrorOf(run);
  if (!(error instanceof DatasetError)) throw error;
  return error.message;
}
