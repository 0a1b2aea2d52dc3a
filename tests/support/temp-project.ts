import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "./paths";

const copied = ["src", "data", "editions", "scripts", "public", "astro.config.mjs", "package.json", "tsconfig.json"];

export interface TempProject {
  root: string;
  /** Path inside the copy, e.g. "src/content/chapters/huis.mdx". */
  file(relative: string): string;
  remove(): void;
}

/** A throw-away copy of the project (sharing node_modules) to build with changed input. */
export function makeTempProject(): TempProject {
  const root = mkdtempSync(path.join(tmpdir(), "wzv-project-"));
  for (const entry of copied) {
    cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  return {
    root,
    file: (relative) => path.join(root, relative),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
