// Saving a dataset description in the studio changes only the lines of the fields the editor
// changed: the file goes through Keystatic's own serializer (as the editor's form writes it) and then
// through keepLayout, which the studio's save step (src/studio/save-middleware.ts) applies before
// Keystatic's API writes the file. Every dataset file is tried.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { diffLines } from "diff";
import { openEntry } from "../support/keystatic-entries.ts";
import { projectRoot } from "../support/paths.ts";
import { keepLayout, updateYaml } from "../../src/studio/yaml-update.ts";

const dataDir = path.join(projectRoot, "data");
const datasets = fs.readdirSync(dataDir).filter((file) => file.endsWith(".yaml"));

/** What `git diff` would show: the removed and the added lines. */
function lineDiff(before: string, after: string) {
  const lines = (value: string) => value.replace(/\n$/, "").split("\n");
  const parts = diffLines(before, after);
  return {
    removed: parts.filter((part) => part.removed).flatMap((part) => lines(part.value)),
    added: parts.filter((part) => part.added).flatMap((part) => lines(part.value)),
  };
}

interface Change {
  version: number;
  date: string;
  description: string;
}

describe.each(datasets)("the dataset form saving data/%s", (file) => {
  const original = fs.readFileSync(path.join(dataDir, file), "utf8");
  const slug = file.replace(/\.yaml$/, "");
  /** Opens the file in the form, lets `edit` change the form's values, and saves it as the studio does. */
  const save = (edit: (state: Record<string, unknown>) => Record<string, unknown>, text = original) => {
    const entry = openEntry("datasets", slug, text);
    return keepLayout(text, entry.save(edit(entry.state)));
  };

  test("unchanged writes the same bytes", () => {
    expect(save((state) => state)).toBe(original);
  });

  test("one sentence added to the description changes that line only", () => {
    const saved = save((state) => ({ ...state, description: `${state.description} Een zin erbij.` }));
    const { removed, added } = lineDiff(original, saved);
    expect(removed).toHaveLength(1);
    expect(added).toEqual([`${removed[0]} Een zin erbij.`]);
  });

  test("a new version with its change-log entry adds exactly those lines; deleting the entry again removes them", () => {
    let version = 0;
    const raised = save((state) => {
      version = (state.version as number) + 1;
      const entry: Change = { version, date: "2027-03-01", description: "Cijfers van de Gezondheidsmonitor 2026." };
      return { ...state, version, changes: [...(state.changes as Change[]), entry] };
    });
    expect(lineDiff(original, raised)).toEqual({
      removed: [`version: ${version - 1}`],
      added: [`version: ${version}`, `  - version: ${version}`, "    date: 2027-03-01", "    description: Cijfers van de Gezondheidsmonitor 2026."],
    });
    const firstEntry = original.slice(original.indexOf("\nchanges:\n") + "\nchanges:\n".length).split("\n").slice(0, 3);
    const deleted = save((state) => ({ ...state, changes: (state.changes as Change[]).slice(1) }), raised);
    expect(lineDiff(raised, deleted)).toEqual({ removed: firstEntry, added: [] });
  });
});

describe("updateYaml", () => {
  const text = ["# Opmerking bovenaan", "title: Eenzaamheid", "peildatum: onbekend  # nog zoeken", 'unit: "%"', "note: >-", "  Een lange zin.", "rows: [a, b]", ""].join("\n");
  const values = { title: "Eenzaamheid", peildatum: "onbekend", unit: "%", note: "Een lange zin.", rows: ["a", "b"] };

  test("a value that would read as a number when plain is quoted; the comment on its line stays", () => {
    expect(updateYaml(text, { ...values, peildatum: "2025" })).toContain('peildatum: "2025"  # nog zoeken\n');
  });

  test("a block keeps its style, also with a line break in the new text", () => {
    const saved = updateYaml(text, { ...values, note: "Eerste regel.\nTweede regel." });
    expect(saved).toContain("note: >-\n  Eerste regel.\n\n  Tweede regel.\nrows");
  });

  test("a removed key takes its line along; a new key comes after the key before it in the new values", () => {
    const { title, peildatum, note, rows } = values;
    const saved = updateYaml(text, { title, peildatum, licence: "CC BY 4.0", note, rows });
    expect(saved).toBe(text.replace('unit: "%"\n', "").replace("note:", "licence: CC BY 4.0\nnote:"));
  });

  test("a changed flow list is written anew on its own line", () => {
    expect(updateYaml(text, { ...values, rows: ["a", "b", "c"] })).toBe(text.replace("rows: [a, b]\n", "rows:\n  - a\n  - b\n  - c\n"));
  });

  test("a list emptied of its last item", () => {
    const list = "title: x\nchanges:\n  - version: 1\n";
    expect(updateYaml(list, { title: "x", changes: [] })).toBe("title: x\nchanges: []\n");
  });

  test("a file without a last newline gets one before an added item", () => {
    expect(updateYaml("changes:\n  - 1", { changes: [1, 2] })).toBe("changes:\n  - 1\n  - 2\n");
  });
});
