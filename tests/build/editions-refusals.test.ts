// What stops: `npm run edition` for a version already released (it exits 1 with a Dutch message,
// before building), and a build whose edition was edited after release (it names the file).
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../support/build-site.ts";
import { projectRoot } from "../support/paths.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";

let project: TempProject;
beforeAll(() => {
  project = makeTempProject();
});
afterAll(() => project?.remove());

describe("npm run edition for a version that is already released", () => {
  let result: ReturnType<typeof spawnSync>;
  let manifestBefore: string;
  beforeAll(() => {
    manifestBefore = readFileSync(project.file("editions/0.1/manifest.json"), "utf8");
    const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
    result = spawnSync(process.execPath, [tsx, project.file("scripts/edition.ts"), project.root], { cwd: project.root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  });

  it("refuses with a non-zero exit and says what to do, in Dutch", () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Versie 0.1 is al uitgebracht (editions/0.1/). Een uitgebrachte versie verandert nooit meer.");
    expect(result.stderr).toContain('verhoog "version" in src/content/document.json (bijvoorbeeld naar 0.2)');
  });

  it("builds nothing and leaves the edition as it was", () => {
    expect(existsSync(project.file("dist"))).toBe(false);
    expect(readFileSync(project.file("editions/0.1/manifest.json"), "utf8")).toBe(manifestBefore);
  });
});

describe("a build after an edition was edited", () => {
  let result: BuildResult;
  beforeAll(() => {
    appendFileSync(project.file("editions/0.1/chapters/wijk.mdx"), "\nEen zin die er later bij kwam.\n");
    result = buildSite(project.root);
  }, 180_000);

  it("stops, naming the edited file and how to put it back", () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("Een uitgebrachte versie is veranderd (versie 0.1).");
    expect(result.output).toContain("editions/0.1/chapters/wijk.mdx is gewijzigd na het uitbrengen");
    expect(result.output).toContain("git checkout -- editions/0.1/chapters/wijk.mdx");
  });

  it("writes no site", () => {
    expect(existsSync(project.file("dist/index.html"))).toBe(false);
  });
});
