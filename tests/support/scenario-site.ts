// Issue 11's scenario (version 0.2 on top of edition 0.1: one sentence changed, one deleted, one
// number changed with a new dataset version, and issue 22's changed table cell, moved paragraph and
// added footnote; see edition-scenario.ts), built once per test run for every test file that needs
// a site with a renvooi (./shared-build.ts).
import { applyScenario } from "./edition-scenario.ts";
import { sharedBuild } from "./shared-build.ts";

export interface ScenarioSite {
  /** The copy of the project it was built from. Read it, never change it. */
  root: string;
  /** The built site. */
  dist: string;
  /** What `npm run build` printed. */
  output: string;
}

/** Long enough for a build on a busy machine; a hook that waits needs a timeout above it. */
export const scenarioTimeout = 480_000;

export async function scenarioSite(): Promise<ScenarioSite> {
  const { project, result } = await sharedBuild("scenario-0.2", applyScenario);
  if (result.status !== 0) throw new Error(`The 0.2 scenario in ${project.root} did not build:\n${result.output.slice(-3000)}`);
  return { root: project.root, dist: project.file("dist"), output: result.output };
}
