import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../support/build-site.ts";
import { editorEnvironment } from "../support/editor-machine.ts";
import { distDir } from "../support/paths.ts";
import { serveStatic } from "../../src/lib/pdf/static-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT serving the built site. */
    baseUrl: string;
    /** What `astro build` printed when this run built dist/ from the sources as they are, or ""
     * when the build was skipped (WZV_SKIP_BUILD=1) and dist/ may be stale. */
    buildOutput: string;
    /** Where the copies built by tests/support/shared-build.ts live during this run. */
    sharedBuildsDir: string;
    /** What tests/support/outside-connections.mjs recorded during this run's build, which ran as on
     * an editor's machine (tests/support/editor-machine.ts); "" when the build was skipped. */
    buildConnectionsLog: string;
  }
}

/** Builds the site once for the whole test run (skip with WZV_SKIP_BUILD=1 when dist/ is fresh)
 * and serves it on loopback for the browser tests. The 0.2 scenario is built only when a test
 * file asks for it, in a folder that is removed after the run. */
export default async function setup(project: TestProject) {
  let buildOutput = "";
  let buildConnectionsLog = "";
  const sharedBuildsDir = mkdtempSync(path.join(tmpdir(), "wzv-shared-builds-"));
  if (process.env.WZV_SKIP_BUILD !== "1" || !existsSync(distDir)) {
    const editorHome = path.join(sharedBuildsDir, "editor-home");
    buildConnectionsLog = path.join(editorHome, "build.jsonl");
    // As npm run build runs for an editor, with every look-up and connection recorded
    // (tests/quality/no-outside-connections.test.ts reads the record).
    const { status, output } = buildSite(undefined, editorEnvironment(editorHome, buildConnectionsLog));
    if (status !== 0) throw new Error(`The site did not build; tests need it.\n${output}`);
    buildOutput = output;
  }
  project.provide("buildOutput", buildOutput);
  project.provide("buildConnectionsLog", buildConnectionsLog);
  project.provide("sharedBuildsDir", sharedBuildsDir);
  const server = await serveStatic(distDir);
  project.provide("baseUrl", server.url);
  return async () => {
    await server.close();
    rmSync(sharedBuildsDir, { recursive: true, force: true });
  };
}
