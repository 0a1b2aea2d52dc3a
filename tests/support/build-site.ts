import { closeSync, openSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { withoutVitest } from "./env.ts";
import { projectRoot } from "./paths.ts";

export interface BuildResult {
  status: number | null;
  /** Everything the build printed, stdout and stderr in the order they were written. */
  output: string;
}

/** Runs `npm run build` (scripts/build.mjs) for the project at `root` on this same Node (24, from
 * node_modules), with the same flags: what an editor runs, so the tests see what is published. */
export function buildSite(root = projectRoot, env: NodeJS.ProcessEnv = {}): BuildResult {
  const nodeFlags = (JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: { build: string } }).scripts.build
    .split(/\s+/)
    .filter((part) => part.startsWith("--"));
  // One file for both streams keeps their order, so a test can check what came last.
  const log = path.join(tmpdir(), `wzv-build-${process.pid}-${Date.now()}.log`);
  const fd = openSync(log, "w");
  try {
    const result = spawnSync(process.execPath, [...nodeFlags, path.join(root, "scripts", "build.mjs"), root], {
      cwd: root,
      env: { ...withoutVitest(), ...env, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", fd, fd],
    });
    return { status: result.status, output: readFileSync(log, "utf8") };
  } finally {
    closeSync(fd);
    rmSync(log, { force: true });
  }
}

/** The last lines of the build output, without the blank ones. */
export function lastLines(output: string, count: number): string[] {
  return output.trimEnd().split("\n").slice(-count);
}
