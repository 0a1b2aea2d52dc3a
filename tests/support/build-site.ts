import { spawnSync } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./paths";

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` for the project at `root` on this same Node (24, from node_modules). */
export function buildSite(root = projectRoot, env: NodeJS.ProcessEnv = {}): BuildResult {
  const astro = path.join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");
  const result = spawnSync(process.execPath, [astro, "build", "--root", root], {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: "1", FORCE_COLOR: "0" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
