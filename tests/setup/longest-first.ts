import { readFileSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** How long a file Vitest has not timed yet is likely to take, in ms, from what it starts, in rough
 * seconds on a quiet machine: an astro dev server or studio (Vite compiles every page on its first
 * request), a build of a copy of the project, Chromium, and in Chromium a sweep over every built
 * page, the longest with axe. */
export function estimatedDuration(source: string): number {
  const count = (pattern: RegExp) => source.match(pattern)?.length ?? 0;
  const devServers = count(/\b(startStudio|studioSession)\(|\[astro, "dev"|\bnpmRun\("(dev|studio)"/g);
  const builds = count(/\b(buildSite|sharedBuild|changedCopy|scenarioSite)\(/g);
  const browser = count(/\b(launchBrowser|studioSession)\(/g) > 0;
  const sweeps = count(/\b(listPages|allPages|chapterPages)\(/g);
  // axe over every page, at every width: the longest sweep there is.
  const axeSweeps = count(/\baxeFindings\(/g) * Math.min(sweeps, 1);
  return 1000 * (1 + 25 * devServers + 8 * builds + (browser ? 5 + 5 * sweeps + 20 * axeSweeps : 0));
}

/**
 * Test files longest first, so that the two workers finish at about the same time instead of one
 * starting the sweep of every page when the other is almost done. The length is the file's duration
 * in the last run on this clone (Vitest keeps it in node_modules/.vite/vitest/); a file without one
 * (a fresh clone, as in CI, or a new file) is estimated from what it starts (`estimatedDuration`).
 * Vitest's own order would put such files by size, largest first.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const duration = new Map(
      files.map((spec) => [spec, this.ctx.cache.getTestSpecificationResult(spec)?.duration ?? estimatedDuration(readFileSync(spec.moduleId, "utf8"))]),
    );
    return [...files].sort((a, b) => duration.get(b)! - duration.get(a)!);
  }
}
