import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../support/build-site.ts";
import { changedCopy } from "../support/changed-copy.ts";
import type { TempProject } from "../support/temp-project.ts";
import { textOf } from "../support/dist.ts";

// References between figures, and text from data in a figure, on a real build of a temporary copy
// (tests/support/changed-copy.ts): "De inwoner" and "De wijk" end with a <Ref> to the figure
// eenzaamheid, and "De overheid en organisaties" with a figure of a dataset whose texts look like markup.
// (A wrong reference stops the build: tests/build/editor-mistakes.test.ts, tests/unit/editor-mistakes.test.ts.)

describe("a build with references to figures and text from data", () => {
  let project: TempProject;
  let result: BuildResult;
  const page = (site: string) =>
    parseHTML(readFileSync(path.join(project.root, "dist", site, "index.html"), "utf8")).document;

  beforeAll(async () => {
    ({ project, result } = await changedCopy());
  }, 300_000);

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
