import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { buildSite, type BuildResult } from "./build-site.ts";
import { makeTempProject, type TempProject } from "./temp-project.ts";

export interface SharedBuild {
  /** The copy, with its build in dist/. Read it, never change it: other test files read it too. */
  project: TempProject;
  result: BuildResult;
}

/** What the test file that built a copy leaves for the others, in result.json beside it. */
interface Done extends BuildResult {
  root: string;
}

const pollMs = 250;
const waitMs = 10 * 60_000;

/**
 * A copy of the project with `prepare`'s changes, built once per test run (`buildSite(root, env)`)
 * for every test file that asks for the same `name`, `prepare` and `env`: the first file to ask
 * builds it, the others wait for that build and read it. Several files that need the same changed
 * input so share one build; a file run alone builds it itself. The copies live in the run's
 * folder (tests/setup/build-and-serve.ts), which the run removes at its end.
 */
export async function sharedBuild(name: string, prepare: (project: TempProject) => void | Promise<void>, env: Record<string, string> = {}): Promise<SharedBuild> {
  const key = createHash("sha256").update(prepare.toString()).update(JSON.stringify(env)).digest("hex").slice(0, 12);
  const dir = path.join(inject("sharedBuildsDir"), `${name}-${key}`);
  const resultFile = path.join(dir, "result.json");
  let building = true;
  try {
    mkdirSync(dir); // atomic: exactly one file of the run gets to build
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    building = false;
  }
  if (building) {
    const project = makeTempProject({ parent: dir });
    let done: Done = { root: project.root, status: null, output: "" };
    try {
      await prepare(project);
      done = { root: project.root, ...buildSite(project.root, env) };
    } catch (error) {
      done.output = `sharedBuild("${name}"): preparing the copy failed: ${(error as Error).stack ?? String(error)}`;
      throw error;
    } finally {
      writeFileSync(`${resultFile}.tmp`, JSON.stringify(done));
      renameSync(`${resultFile}.tmp`, resultFile);
    }
    return { project: { ...project, remove: () => {} }, result: { status: done.status, output: done.output } };
  }
  const done = await waitForFile(resultFile, name);
  const project: TempProject = { root: done.root, file: (relative) => path.join(done.root, relative), remove: () => {} };
  return { project, result: { status: done.status, output: done.output } };
}

async function waitForFile(file: string, name: string): Promise<Done> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as Done;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    if (Date.now() > deadline) throw new Error(`sharedBuild("${name}"): the build by another test file did not finish within ${waitMs / 60_000} minutes`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
