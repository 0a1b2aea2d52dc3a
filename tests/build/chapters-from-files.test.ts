import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { textOf } from "../support/dist.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";

// The chapters are whatever .mdx files src/content/chapters/ holds, in the order of their
// frontmatter: an editor adds a chapter by adding a file, and moves one by changing its `order`.

const newChapter = [
  "---",
  "title: De uitvoering",
  "order: 6",
  "summary: Hoe we de visie samen met partners uitvoeren.",
  "status: concept",
  "---",
  "",
  "## Samen aan de slag",
  "",
  "Deze alinea staat in een hoofdstuk dat een redacteur heeft toegevoegd.",
  "",
].join("\n");

/** Sets the `order:` line of a chapter's frontmatter. */
function setOrder(project: TempProject, id: string, order: number): void {
  const file = project.file(`src/content/chapters/${id}.mdx`);
  const lines = readFileSync(file, "utf8").split("\n");
  const at = lines.findIndex((line) => line.startsWith("order:"));
  lines[at] = `order: ${order}`;
  writeFileSync(file, lines.join("\n"));
}

describe("a chapter added as a file, and two chapters swapped by their order", () => {
  let project: TempProject;
  let result: BuildResult;
  const page = (site: string) => parseHTML(readFileSync(path.join(project.root, "dist", site, "index.html"), "utf8")).document;
  const hrefs = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((a) => a.getAttribute("href"));

  beforeAll(() => {
    project = makeTempProject();
    writeFileSync(project.file("src/content/chapters/uitvoering.mdx"), newChapter);
    setOrder(project, "huis", 3);
    setOrder(project, "wijk", 2);
    result = buildSite(project.root, { WZV_SKIP_PDF: "1" });
  }, 180_000);
  afterAll(() => project?.remove());

  const inOrder = ["/inwoner/", "/wijk/", "/huis/", "/stad-en-regio/", "/overheid-en-organisaties/", "/uitvoering/"];

  it("builds", () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it("lists the chapters in their new order in the navigation and on the home page", () => {
    expect(hrefs(page("huis"), "nav.chapter-nav a")).toEqual(inOrder);
    expect(hrefs(page(""), "main .chapter-card a")).toEqual(inOrder);
  });

  it("gives the new chapter its page, with its title, summary, number and paragraphs", () => {
    const doc = page("uitvoering");
    expect(textOf(doc.querySelector("h1"))).toBe("De uitvoering");
    expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")).toBe("Hoe we de visie samen met partners uitvoeren.");
    expect(textOf(doc.querySelector("main"))).toContain("Deze alinea staat in een hoofdstuk dat een redacteur heeft toegevoegd.");
    const numbers = [...doc.querySelectorAll("article a.paragraph-number")].map((a) => a.getAttribute("data-number"));
    expect(numbers).toEqual(["6.1", "6.2"]);
    // The moved chapter is numbered as chapter 2 now.
    expect(page("wijk").querySelector("article a.paragraph-number")?.getAttribute("data-number")).toBe("2.1");
  });

  it("links the chapters before and after in the new order", () => {
    expect(page("wijk").querySelector('nav.prev-next a[rel="prev"]')?.getAttribute("href")).toBe("/inwoner/");
    expect(page("wijk").querySelector('nav.prev-next a[rel="next"]')?.getAttribute("href")).toBe("/huis/");
    expect(page("overheid-en-organisaties").querySelector('nav.prev-next a[rel="next"]')?.getAttribute("href")).toBe("/uitvoering/");
    expect(page("uitvoering").querySelector('nav.prev-next a[rel="next"]')).toBeNull();
  });

  it("puts the chapters in the whole document (the PDF's source) in the same order", () => {
    const ids = inOrder.map((href) => href.slice(1, -1));
    const titles = [...page("document").querySelectorAll("h1[id]")].filter((h) => ids.includes(h.id)).map((h) => textOf(h));
    expect(titles).toEqual(["De inwoner", "De wijk", "Het huis", "De stad en regio", "De overheid en organisaties", "De uitvoering"]);
  });
});
