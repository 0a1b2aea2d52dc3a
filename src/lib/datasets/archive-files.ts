import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { ARCHIVE_DIR } from "./archive.ts";

/** The CSV files under data/archief/, as paths relative to the project root, with forward slashes. */
export function listArchiveFiles(root = process.cwd()): string[] {
  const dir = path.join(root, ARCHIVE_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && entry.name !== "README.md")
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}
