import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { sharedBuild, type SharedBuild } from "./shared-build.ts";
import type { TempProject } from "./temp-project.ts";

// One copy of the project for the build tests that need changed input but not the PDF. Each test
// makes its own change, in places the other's checks do not depend on, and all read one build.

/** tests/build/data-change.test.ts: one value in one CSV row, 56 → 57 (no new dataset version). */
export const changedValue = { dataset: "eenzaamheid", row: "Lariks", before: "56", after: "57" } as const;

/** tests/build/figures-references.test.ts: a dataset whose texts look like markup, and its figure. */
export const escapeCsv = 'label;aantal\n<script>alert("x")</script>;3\nA & B <b>vet</b>;5\n';
export const escapeMeta = `title: 'Titel met <em>opmaak</em> & "aanhalingstekens"'
description: Een dataset om te zien dat tekst uit data nooit als HTML wordt gelezen.
source:
  publisher: onbekend
  document: onbekend
peildatum: onbekend
version: 1
licence: onbekend
unit: ""
schema:
  fields:
    - name: label
      type: string
      title: Label <i>schuin</i>
    - name: aantal
      type: integer
      title: Aantal
  primaryKey: label
changes:
  - version: 1
    date: 2026-11-28
    description: Test.
`;

function applyChanges(project: TempProject): void {
  // data-change
  const csv = project.file(`data/${changedValue.dataset}.csv`);
  const rows = readFileSync(csv, "utf8");
  const row = new RegExp(`^${changedValue.row};${changedValue.before}$`, "m");
  if (!row.test(rows)) throw new Error(`${csv} has no row "${changedValue.row};${changedValue.before}" to change`);
  writeFileSync(csv, rows.replace(row, `${changedValue.row};${changedValue.after}`));

  // figures-references: a reference within the figure's chapter and one from another chapter,
  // and a figure of the dataset above.
  appendFileSync(project.file("src/content/chapters/inwoner.mdx"), '\n\nTestverwijzing naar <Ref to="eenzaamheid" />.\n');
  appendFileSync(project.file("src/content/chapters/wijk.mdx"), '\n\nTestverwijzing naar <Ref to="eenzaamheid" />.\n');
  writeFileSync(project.file("data/escape-test.csv"), escapeCsv);
  writeFileSync(project.file("data/escape-test.yaml"), escapeMeta);
  appendFileSync(project.file("src/content/chapters/overheid-en-organisaties.mdx"), '\n\n<Figure id="escape-test" dataset="escape-test" type="bar" />\n');
}

/** The changed copy, built without the PDF (no test of it reads the PDF), once per test run. */
export function changedCopy(): Promise<SharedBuild> {
  return sharedBuild("changed-copy", applyChanges, { WZV_SKIP_PDF: "1" });
}
