import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
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

/** A throw-away copy of the project (sharing node_modules) to build with changed input.
 * `insideProject` puts it under .cache/ (git-ignored): Vite's dev server serves node_modules only
 * from inside the project it belongs to, so the studio needs its copy there. `parent` puts it in
 * a folder of the caller's (tests/support/shared-build.ts). Several files that need the same
 * changed input share one built copy through sharedBuild instead. */
export function makeTempProject({ insideProject = false, parent: inFolder }: { insideProject?: boolean; parent?: string } = {}): TempProject {
  const parent = inFolder ?? (insideProject ? path.join(projectRoot, ".cache") : tmpdir());
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, "wzv-project-"));
  for (const entry of copied) {
    cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
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
