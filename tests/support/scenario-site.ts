// Issue 11's scenario (version 0.2 on top of edition 0.1: one sentence changed, one deleted, one
// number changed with a new dataset version; see edition-scenario.ts), built once per test run
// for every test file that needs a site with a renvooi: the first file to ask builds it, the
// others wait for that build. The global setup gives the folder and removes it after the run.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { buildSite } from "./build-site.ts";
import { applyScenario } from "./edition-scenario.ts";
import { makeTempProject } from "./temp-project.ts";

export interface ScenarioSite {
  /** The copy of the project it was built from. */
  root: string;
  /** The built site, outside the copy (WZV_OUT). */
  dist: string;
  /** What `npm run build` printed. */
  output: string;
}

interface Result extends ScenarioSite {
  status: number | null;
}

/** Long enough for a build on a busy machine; a hook that waits needs a timeout above it. */
export const scenarioTimeout = 480_000;

export async function scenarioSite(): Promise<ScenarioSite> {
  const dir = inject("scenarioDir");
  const resultFile = path.join(dir, "result.json");
  try {
    // mkdir either creates the folder or fails: across workers, exactly one caller builds.
    mkdirSync(path.join(dir, "building"));
  } catch {
    return succeeded(await waitFor(resultFile));
  }
  const project = makeTempProject({ parent: dir });
  applyScenario(project);
  const dist = path.join(dir, "site");
  const { status, output } = buildSite(project.root, { WZV_OUT: dist });
  const result: Result = { root: project.root, dist, output, status };
  writeFileSync(`${resultFile}.part`, JSON.stringify(result));
  renameSync(`${resultFile}.part`, resultFile);
  return succeeded(result);
}

async function waitFor(file: string): Promise<Result> {
  const until = Date.now() + scenarioTimeout;
  for (;;) {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as Result;
    } catch {
      if (Date.now() > until) throw new Error(`The 0.2 scenario was not built within ${scenarioTimeout / 1000} s (${file}).`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function succeeded({ status, ...site }: Result): ScenarioSite {
  if (status !== 0) throw new Error(`The 0.2 scenario in ${site.root} did not build:\n${site.output.slice(-3000)}`);
  return site;
}
