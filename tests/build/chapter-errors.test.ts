/**
 * A chapter with bad frontmatter stops the build, and the message tells the editor which file and
 * which field to fix. Each case builds a throw-away copy of the project (a few seconds each), one
 * after the other (tests in one file run in sequence, and spawnSync blocks).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site";
import { makeTempProject, type TempProject } from "../support/temp-project";

const huis = "src/content/chapters/huis.mdx";
const wijk = "src/content/chapters/wijk.mdx";

let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** Builds a copy of the project after `change` edited the frontmatter of one or more chapters. */
function buildWith(change: (edit: (file: string, from: RegExp, to: string) => void) => void) {
  project = makeTempProject();
  const root = project;
  change((file, from, to) => {
    const text = readFileSync(root.file(file), "utf8");
    if (!from.test(text)) throw new Error(`${file} has no ${from}`);
    writeFileSync(root.file(file), text.replace(from, to));
  });
  return buildSite(root.root, { WZV_OUT: root.file("dist") });
}

describe("a chapter with bad frontmatter stops the build", { timeout: 120_000 }, () => {
  it("names the file and the field when the title is missing", () => {
    const { status, output } = buildWith((edit) => edit(huis, /^title: .*\n/m, ""));
    expect(status).not.toBe(0);
    expect(output).toContain("huis.mdx");
    // Astro prints each failing field as "field: message".
    expect(output).toContain("title: Vul een titel in, bijvoorbeeld: title: De inwoner");
  });

  it("names the file, the field and the valid values for an unknown status", () => {
    const { status, output } = buildWith((edit) => edit(huis, /^status: concept$/m, "status: klaar"));
    expect(status).not.toBe(0);
    expect(output).toContain("huis.mdx");
    expect(output).toContain('status: Onbekende status "klaar". Kies uit: concept, gereed.');
  });

  it("names both files and the field when two chapters share an order number", () => {
    const { status, output } = buildWith((edit) => edit(wijk, /^order: 3$/m, "order: 2"));
    expect(status).not.toBe(0);
    expect(output).toContain('hetzelfde volgnummer (veld "order")');
    expect(output).toContain("order: 2 staat in src/content/chapters/huis.mdx én src/content/chapters/wijk.mdx");
  });
});
