import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../support/build-site.ts";
import { changedCopy } from "../support/changed-copy.ts";
import type { TempProject } from "../support/temp-project.ts";
import { textOf } from "../support/dist.ts";

// One number lives in one CSV row: change it there (Lariks 56 → 57 in data/eenzaamheid.csv,
// tests/support/changed-copy.ts), rebuild, and every place a reader sees it changes with it
// (sentence, chart, table, download), and the old number is gone from the chapter.

describe("changing one value in one CSV", () => {
  let project: TempProject;
  let result: BuildResult;
  let chapter: Document;

  beforeAll(async () => {
    ({ project, result } = await changedCopy());
    chapter = parseHTML(readFileSync(path.join(project.root, "dist", "inwoner", "index.html"), "utf8")).document;
  }, 300_000);

  it("builds", () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it("shows the new value in the prose", () => {
    const values = [...chapter.querySelectorAll('article .value[data-dataset="eenzaamheid"]')].map((v) => textOf(v));
    expect(values).toContain("57%");
  });

  it("draws the new value in the chart and its description", () => {
    const svg = chapter.querySelector("#figuur-eenzaamheid svg");
    expect([...svg!.querySelectorAll("text")].map((t) => textOf(t))).toContain("57%");
    expect(textOf(svg!.querySelector("desc"))).toContain("Lariks: 57%");
  });

  it("lists the new value in the figure's table", () => {
    const rows = [...chapter.querySelectorAll("#figuur-eenzaamheid tbody tr")].map((row) =>
      [...row.children].map((cell) => textOf(cell)),
    );
    expect(rows).toContainEqual(["Lariks", "57"]);
  });

  it("offers the changed file for download", () => {
    const href = chapter.querySelector("#figuur-eenzaamheid .figure__download a")!.getAttribute("href")!;
    expect(readFileSync(path.join(project.root, "dist", href), "utf8")).toMatch(/^Lariks;57$/m);
  });

  it("has the old value nowhere in the chapter", () => {
    const text = textOf(chapter.querySelector("main"));
    expect(text).not.toMatch(/\b56\s?%/);
    const cells = [...chapter.querySelectorAll("main td, main th")].map((cell) => textOf(cell));
    expect(cells).not.toContain("56");
  });
});
