/**
 * The studio's save check (src/integrations/save-check.ts) on a copy of today's chapters and data:
 * a save as Keystatic sends it that would break the build is refused with the build's message; a
 * save that keeps the files buildable, or that repairs one of two mistakes made by hand, goes through.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mistakesOfSave, readProposedSave, refusedSaveMessage } from "../../src/integrations/save-check.ts";
import { findMistakes } from "../../src/lib/checks/mistakes/project.ts";
import { makeMistake, mistakes } from "../support/mistakes.ts";
import { projectRoot } from "../support/paths.ts";

const root = mkdtempSync(path.join(tmpdir(), "wzv-save-check-"));
for (const entry of ["src/content", "data"]) cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const huis = "src/content/chapters/huis.mdx";
const base64Url = (text: string) => Buffer.from(text).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** The request body Keystatic's studio sends to save `file` with `text`. */
const saveOf = (file: string, text: string) => readProposedSave({ additions: [{ path: file, contents: base64Url(text) }], deletions: [] })!;

describe("a save from the studio", () => {
  it("that keeps the files buildable goes through", () => {
    const text = readFileSync(path.join(root, huis), "utf8").replace("tevreden", "heel tevreden");
    expect(mistakesOfSave(root, saveOf(huis, text))).toEqual([]);
  });

  it("of an inserted figure without id is refused with the build's message, and nothing is written", () => {
    const before = readFileSync(path.join(root, huis), "utf8");
    const edit = mistakes["figure-without-id"].edits[0]!;
    const problems = mistakesOfSave(root, saveOf(huis, before.replace(edit.from, edit.to)));
    expect(readFileSync(path.join(root, huis), "utf8")).toBe(before);
    expect(refusedSaveMessage(problems)).toMatchInlineSnapshot(`
      "Niet opgeslagen: met deze wijziging kan de site niet worden gebouwd (1 fout om op te lossen). Verbeter het en sla opnieuw op.

      src/content/chapters/huis.mdx:33:1: deze <Figure> heeft geen id.
        Gevonden: <Figure dataset="mantelzorgers" type="bar" />
        Verwacht: een eigen naam voor de figuur, die geen andere figuur heeft, zoals id="mantelzorgers-2"
        Oplossing: Voeg id="mantelzorgers-2" toe (of een andere naam met kleine letters en streepjes). Met die naam verwijst <Ref to="mantelzorgers-2" /> naar de figuur."
    `);
  });

  it("that deletes a dataset's description, which the chapters use, is refused", () => {
    const save = readProposedSave({ additions: [], deletions: [{ path: "data/eenzaamheid.yaml" }] })!;
    expect(mistakesOfSave(root, save).map((problem) => problem.problem)).toContain("het metadatabestand data/eenzaamheid.yaml ontbreekt.");
  });

  it("that repairs one of two mistakes made by hand goes through", () => {
    const undoTypo = makeMistake(root, mistakes["dataset-typo"]);
    const undoStatus = makeMistake(root, mistakes["bad-status"]);
    try {
      const repaired = readFileSync(path.join(root, huis), "utf8").replace("status: klaar", "status: concept");
      expect(mistakesOfSave(root, saveOf(huis, repaired))).toEqual([]);
    } finally {
      undoStatus();
      undoTypo();
    }
  });

  // The guide's order for a new dataset version in the studio: first the old CSV into the archive
  // (the studio then reports an archive of the current version), then the raised version saved.
  it("of a raised dataset version goes through once the old CSV is in the archive, and is refused before", () => {
    const meta = "data/eenzaamheid.yaml";
    const archive = path.join(root, "data/archief/eenzaamheid/v1.csv");
    const raised = `${readFileSync(path.join(root, meta), "utf8").replace("\nversion: 1\n", "\nversion: 2\n").trimEnd()}\n  - version: 2\n    date: 2027-03-01\n    description: Nieuwe cijfers.\n`;
    expect(mistakesOfSave(root, saveOf(meta, raised)).map((problem) => problem.expected)).toEqual(["data/archief/eenzaamheid/v1.csv"]);
    cpSync(path.join(root, "data/eenzaamheid.csv"), archive);
    try {
      expect(findMistakes(root).map((problem) => problem.problem)).toEqual(["hier staat versie 1, maar data/eenzaamheid.yaml is nog versie 1; het archief bewaart alleen eerdere versies."]);
      expect(mistakesOfSave(root, saveOf(meta, raised))).toEqual([]);
    } finally {
      rmSync(archive);
    }
  });

  it("that is not Keystatic's is left to Keystatic", () => {
    expect(readProposedSave({ additions: "x" })).toBeUndefined();
    expect(readProposedSave(null)).toBeUndefined();
  });
});
