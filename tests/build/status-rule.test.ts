import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";

/** One temporary copy: a `vastgesteld` document with one open point in a chapter, built once. */
describe("a vastgesteld document with an open point", () => {
  let project: TempProject;
  let result: ReturnType<typeof buildSite>;
  const chapter = "src/content/chapters/test-vastgesteld.mdx";

  beforeAll(() => {
    project = makeTempProject();
    const documentFile = project.file("src/content/document.json");
    const document = JSON.parse(readFileSync(documentFile, "utf8")) as Record<string, unknown>;
    writeFileSync(documentFile, JSON.stringify({ ...document, status: "vastgesteld", version: "1.0" }, null, 2));
    writeFileSync(
      project.file(chapter),
      [
        "---",
        "title: Testhoofdstuk",
        "order: 99",
        "summary: Een hoofdstuk met een open punt.",
        "status: gereed",
        "---",
        "",
        "Het gaat om xxx woningen.",
        "",
      ].join("\n"),
    );
    result = buildSite(project.root, { WZV_OUT: project.file("dist") });
  }, 180_000);

  afterAll(() => project?.remove());

  it("is refused before Astro starts, with the refusal as the last output", () => {
    expect(result.status).toBe(1);
    expect(result.output).not.toMatch(/\[build\]|\[content\]/);
    expect(result.output.trimStart()).toMatch(/^De site is niet gebouwd\. De vorige versie in dist\/ is niet veranderd\.\n\nDe woonzorgvisie heeft in src\/content\/document\.json de status 'vastgesteld', maar er zijn nog open punten\./);
    expect(result.output.trimEnd().split("\n").at(-1)).toMatch(/^\d+ open punten\.$/);
  });

  it("lists the open point with file and line", () => {
    expect(result.output).toContain(`${chapter}:8  Plaatshouder: "xxx" moet nog worden ingevuld.`);
  });

  it("writes no site", () => {
    expect(() => readFileSync(project.file("dist/index.html"))).toThrow();
  });
});
