import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";

// A dataset that moves to version 2: the address of version 1, once quoted, must keep its numbers.

describe("a dataset with an earlier version", () => {
  let project: TempProject;
  let kept: BuildResult;
  let lost: BuildResult;
  let v1: string;
  let publishedWithoutArchive: boolean;

  beforeAll(() => {
    project = makeTempProject();
    const csv = project.file("data/eenzaamheid.csv");
    const meta = project.file("data/eenzaamheid.yaml");
    v1 = readFileSync(csv, "utf8");
    writeFileSync(csv, v1.replace("Lariks;56", "Lariks;57"));
    writeFileSync(
      meta,
      readFileSync(meta, "utf8")
        .replace(/^version: 1$/m, "version: 2")
        .replace(/^changes:\n/m, "changes:\n  - version: 2\n    date: 2026-12-01\n    description: Nieuwe meting.\n"),
    );

    // Without the archived file the build must stop.
    lost = buildSite(project.root, { WZV_SKIP_PDF: "1" });
    publishedWithoutArchive = existsSync(path.join(project.root, "dist", "data", "eenzaamheid", "v2.csv"));

    mkdirSync(project.file("data/archief/eenzaamheid"), { recursive: true });
    writeFileSync(project.file("data/archief/eenzaamheid/v1.csv"), v1);
    kept = buildSite(project.root, { WZV_SKIP_PDF: "1" });
  }, 180_000);

  afterAll(() => project?.remove());

  it("stops the build when version 1 was not archived, saying where to put it", () => {
    expect(lost.status).not.toBe(0);
    expect(lost.output).toContain("data/eenzaamheid.yaml");
    expect(lost.output).toContain("data/archief/eenzaamheid/v1.csv");
    expect(publishedWithoutArchive).toBe(false);
  });

  it("serves both versions, each with its own numbers, and lists the old one on the data page", () => {
    expect(kept.status, kept.output).toBe(0);
    const dist = path.join(project.root, "dist");
    expect(readFileSync(path.join(dist, "data/eenzaamheid/v1.csv"), "utf8")).toBe(v1);
    expect(readFileSync(path.join(dist, "data/eenzaamheid/v2.csv"), "utf8")).toContain("Lariks;57");
    const dataPage = readFileSync(path.join(dist, "data/index.html"), "utf8");
    expect(dataPage).toContain('href="/data/eenzaamheid/v1.csv"');
    expect(dataPage).toContain('href="/data/eenzaamheid/v2.csv"');
  });
});
