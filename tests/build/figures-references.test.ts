import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";
import { textOf } from "../support/dist.ts";

// References between figures, and text from data in a figure, on a real build of a temporary copy.
// (A wrong reference stops the build: tests/build/editor-mistakes.test.ts, tests/unit/editor-mistakes.test.ts.)

const escapeCsv = 'label;aantal\n<script>alert("x")</script>;3\nA & B <b>vet</b>;5\n';
const escapeMeta = `title: 'Titel met <em>opmaak</em> & "aanhalingstekens"'
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

describe("a build with references to figures and text from data", () => {
  let project: TempProject;
  let result: BuildResult;
  const page = (site: string) =>
    parseHTML(readFileSync(path.join(project.root, "dist", site, "index.html"), "utf8")).document;

  beforeAll(() => {
    project = makeTempProject();
    appendFileSync(project.file("src/content/chapters/inwoner.mdx"), '\n\nTestverwijzing naar <Ref to="eenzaamheid" />.\n');
    appendFileSync(project.file("src/content/chapters/wijk.mdx"), '\n\nTestverwijzing naar <Ref to="eenzaamheid" />.\n');
    writeFileSync(project.file("data/escape-test.csv"), escapeCsv);
    writeFileSync(project.file("data/escape-test.yaml"), escapeMeta);
    appendFileSync(project.file("src/content/chapters/overheid-en-organisaties.mdx"), '\n\n<Figure id="escape-test" dataset="escape-test" type="bar" />\n');
    result = buildSite(project.root);
  });
  afterAll(() => project.remove());

  it("builds", () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it("renders <Ref> as 'figuur N' linking to the figure, within and across chapters", () => {
    const inwoner = page("inwoner");
    const number = textOf(inwoner.querySelector("#figuur-eenzaamheid .figure__number")).replace("Figuur ", "");
    const here = [...inwoner.querySelectorAll("a.figure-ref")].at(-1);
    expect(textOf(here)).toBe(`figuur ${number}`);
    expect(here?.getAttribute("href")).toBe("#figuur-eenzaamheid");
    const there = [...page("wijk").querySelectorAll("a.figure-ref")].at(-1);
    expect(textOf(there)).toBe(`figuur ${number}`);
    expect(there?.getAttribute("href")).toBe("/inwoner/#figuur-eenzaamheid");
  });

  it("shows text from data as text, never as markup, in title, chart and table", () => {
    const figure = page("overheid-en-organisaties").querySelector("#figuur-escape-test")!;
    expect(figure.querySelectorAll("script, b, em, i")).toHaveLength(0);
    expect(textOf(figure.querySelector(".figure__title"))).toBe('Titel met <em>opmaak</em> & "aanhalingstekens"');
    expect(textOf(figure.querySelector("svg"))).toContain('<script>alert("x")</script>');
    expect(textOf(figure.querySelector("svg"))).toContain("A & B <b>vet</b>");
    expect(textOf(figure.querySelector("thead"))).toContain("Label <i>schuin</i>");
    expect(textOf(figure.querySelector("tbody"))).toContain('<script>alert("x")</script>');
  });
});
