import { existsSync, readdirSync } from "node:fs";
import { ARCHIVE_DIR } from "./archive";

/** The CSV files under data/archief/, as paths relative to the project root. */
export function listArchiveFiles(root = process.cwd()): string[] {
  const dir = `${root}/${ARCHIVE_DIR}`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && entry.name !== "README.md")
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(root.length + 1));
}
