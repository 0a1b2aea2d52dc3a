import { appendFileSync, writeFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../support/build-site";
import { makeTempProject, type TempProject } from "../support/temp-project";
import { textOf } from "../support/dist";

// References between figures, and text from data in a figure, on a real build of a temporary copy.

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

describe("a build with a wrong figure reference stops", () => {
  const cases = [
    {
      name: "a <Ref> to a figure that does not exist, listing the valid ids",
      chapter: "wijk.mdx",
      add: '\n\nZie <Ref to="eenzaamhied" />.\n',
      expected: [/src\/content\/chapters\/wijk\.mdx, regel \d+: <Ref to="eenzaamhied" \/> verwijst naar een figuur die niet bestaat\. Bestaande figuren: .*"eenzaamheid"/],
    },
    {
      name: "an unknown chart type, listing the valid types",
      chapter: "wijk.mdx",
      add: '\n\n<Figure id="taart" dataset="eenzaamheid" type="pie" />\n',
      expected: [/src\/content\/chapters\/wijk\.mdx, regel \d+ \(<Figure id="taart">\): onbekend figuurtype type="pie"\. Kies uit:/, /"stacked": één staaf van 100%/],
    },
    {
      name: "an unknown dataset, listing the valid ones",
      chapter: "wijk.mdx",
      add: '\n\n<Figure id="taart" dataset="eenzaamheit" type="bar" />\n',
      expected: [/Er is geen dataset "eenzaamheit"\. Bedoelde u "eenzaamheid"\?/],
    },
    {
      name: "two figures with one id",
      chapter: "stad-en-regio.mdx",
      add: '\n\n<Figure id="eenzaamheid" dataset="eenzaamheid" type="bar" />\n',
      expected: [/Twee figuren heten "eenzaamheid": in src\/content\/chapters\/inwoner\.mdx, regel \d+ en in src\/content\/chapters\/stad-en-regio\.mdx, regel \d+/],
    },
  ];

  it.each(cases)("$name", ({ chapter, add, expected }) => {
    const project = makeTempProject();
    try {
      appendFileSync(project.file(`src/content/chapters/${chapter}`), add);
      const { status, output } = buildSite(project.root);
      expect(status).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
    } finally {
      project.remove();
    }
  });
});
