import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site";
import { makeTempProject, type TempProject } from "../support/temp-project";

// A bad dataset or a wrong reference to data must stop `astro build`: nothing is published half-built.

let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

describe("astro build with bad data", () => {
  it("fails on a bad CSV cell and names the file, row, column and value", () => {
    project = makeTempProject();
    const csv = project.file("data/eenzaamheid.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace("Lariks;56", "Lariks;56%"));

    const { status, output } = buildSite(project.root);

    expect(status).not.toBe(0);
    expect(output).toContain('data/eenzaamheid.csv, rij 3, kolom "aandeel": de cel is geen getal.');
    expect(output).toContain('Gevonden: "56%"');
  });

  it("fails on a <Value> naming a dataset that does not exist, listing the valid names", () => {
    project = makeTempProject();
    appendFileSync(project.file("src/content/chapters/inwoner.mdx"), '\n\nTest <Value of="eenzaamheit" row="Lariks" />.\n');

    const { status, output } = buildSite(project.root);

    expect(status).not.toBe(0);
    expect(output).toContain(
      '<Value of="eenzaamheit" row="Lariks" /> in /inwoner/: Er is geen dataset "eenzaamheit". Bedoelde u "eenzaamheid"?',
    );
  });
});
