import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ProjectFiles } from "./types.ts";

/** The project's files on disk, below `root`. */
export function nodeProjectFiles(root: string): ProjectFiles {
  return {
    list(dir) {
      const full = path.join(root, dir);
      if (!existsSync(full)) return [];
      return readdirSync(full, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort();
    },
    read(file) {
      return readFileSync(path.join(root, file), "utf8");
    },
  };
}
