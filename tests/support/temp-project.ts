import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "./paths.ts";

const copied = ["src", "data", "editions", "scripts", "public", ".gitattributes", "astro.config.mjs", "astro.studio.config.mjs", "keystatic.config.ts", "package.json", "tsconfig.json"];

export interface TempProject {
  root: string;
  /** Path inside the copy, e.g. "src/content/chapters/huis.mdx". */
  file(relative: string): string;
  remove(): void;
}

/**
 * A node_modules of links to the project's packages (and .bin), so that the tools' caches in it stay
 * the copy's own: with node_modules itself linked, an astro dev server in a copy (the dev-server
 * test) and one in another copy (the studio test, running at the same time) each replaced the
 * other's optimized dependencies in node_modules/.vite while serving pages from them.
 */
function linkPackages(root: string): void {
  const packages = path.join(projectRoot, "node_modules");
  mkdirSync(path.join(root, "node_modules"));
  mkdirSync(path.join(packages, ".cache"), { recursive: true });
  for (const name of readdirSync(packages)) {
    // Vite's cache (.vite) stays the copy's own; .cache is shared: the STOP step's drawn charts and the
    // compiled schematrons, which are the same for every copy.
    if (name.startsWith(".") && name !== ".bin" && name !== ".cache") continue;
    symlinkSync(path.join(packages, name), path.join(root, "node_modules", name), "dir");
  }
}

/** A throw-away copy of the project (sharing its packages) to build with changed input.
 * `insideProject` puts it under .cache/ (git-ignored) with the project's node_modules linked as a
 * whole: Vite's dev server serves the studio's packages only so, from inside the project they
 * belong to (the copy then shares node_modules/.vite with the project). `parent` puts it in a
 * folder of the caller's (tests/support/shared-build.ts). Several files that need the same changed
 * input share one built copy through sharedBuild instead. */
export function makeTempProject({ insideProject = false, parent: inFolder }: { insideProject?: boolean; parent?: string } = {}): TempProject {
  const parent = inFolder ?? (insideProject ? path.join(projectRoot, ".cache") : tmpdir());
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, "wzv-project-"));
  for (const entry of copied) {
    cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  if (insideProject) symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  else linkPackages(root);
  // The copy is of the same commit, history included, so "Laatst gewijzigd" (the last commit of each
  // chapter) is the same as in the project. Read only; an exported copy without .git is tested in
  // tests/unit/last-modified.test.ts.
  if (existsSync(path.join(projectRoot, ".git"))) symlinkSync(path.join(projectRoot, ".git"), path.join(root, ".git"));
  return {
    root,
    file: (relative) => path.join(root, relative),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
