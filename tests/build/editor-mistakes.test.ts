/**
 * `npm run build` with a mistake in an editor's file, as an editor runs it: the build stops before
 * Astro starts, its last output is our one Dutch message naming file and line, and the last good
 * site in dist/ stays exactly as it was. A build that fails later (after the pages were made)
 * leaves dist/ whole as well. One temporary copy of the project; its dist/ starts as a copy of the
 * site the global setup built from the same files (the last good build).
 */
import { cpSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMistakes } from "../../src/lib/checks/mistakes/project.ts";
import { buildStoppedReport } from "../../src/lib/checks/mistakes/report.ts";
import { buildSite } from "../support/build-site.ts";
import { expectedWhere, makeMistake, mistakes, type MistakeId } from "../support/mistakes.ts";
import { distDir } from "../support/paths.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";
import { treeFingerprint } from "../support/tree.ts";

let project: TempProject;
let lastGoodSite: string[];

beforeAll(() => {
  project = makeTempProject();
  cpSync(distDir, project.file("dist"), { recursive: true });
  lastGoodSite = treeFingerprint(project.file("dist"));
});
afterAll(() => project.remove());

/** What Astro prints once it runs, and what its error reports add: none of it may appear. */
const notOurs = [/\[content\]|\[build\]|\[vite\]/, /\[ERROR\]/, /Hint:|Location:|Stack trace|Error reference/, /:0:0\b/, /https?:\/\//];

// The mistakes of issue 14's "Done when", one build each (each stops within a few seconds).
const doneWhen: MistakeId[] = ["dataset-typo", "unknown-row", "unclosed-tag", "bad-status", "figure-type", "csv-extra-column"];

describe("npm run build with a mistake in an editor's file", { timeout: 120_000 }, () => {
  it.each(doneWhen)("%s: stops with one Dutch message, naming file and line, as its last output; dist/ stays whole", (id) => {
    const mistake = mistakes[id];
    const undo = makeMistake(project.root, mistake);
    try {
      const problems = findMistakes(project.root);
      const { status, output } = buildSite(project.root);
      expect(status).toBe(1);
      expect(problems).toHaveLength(1);
      expect(output.trimEnd().endsWith(buildStoppedReport(problems))).toBe(true);
      expect(output.trimStart().startsWith("De site is niet gebouwd: 1 fout om op te lossen.")).toBe(true);
      expect(output).toContain(`\n\n${expectedWhere(project.root, mistake)}`);
      for (const pattern of notOurs) expect(output).not.toMatch(pattern);
      expect(treeFingerprint(project.file("dist"))).toEqual(lastGoodSite);
    } finally {
      undo();
    }
  });
});

describe("npm run build that fails after the pages were made", { timeout: 300_000 }, () => {
  it("(no Chromium for the PDF) ends with our message and leaves dist/ whole, with no half-built folder beside it", () => {
    const { status, output } = buildSite(project.root, { CHROMIUM_PATH: "/nonexistent/chromium" });
    expect(status).toBe(1);
    expect(output).toContain("generating static routes");
    const tail = output.trimEnd().split("\n").slice(-5).join("\n");
    expect(tail).toContain("De site is niet gebouwd. De vorige versie in dist/ is niet veranderd.");
    expect(tail).toContain("Chromium is nodig om de PDF te maken en voor de browsertests, maar staat niet op /nonexistent/chromium.");
    // Said once: not again in a stack trace above it.
    expect(output.split("Chromium is nodig").length - 1).toBe(1);
    expect(treeFingerprint(project.file("dist"))).toEqual(lastGoodSite);
    expect(readdirSync(project.root).filter((name) => name.startsWith("dist."))).toEqual([]);
  });
});
