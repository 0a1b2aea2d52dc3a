import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every file below `dir` with a hash of its content, sorted: two equal fingerprints are the same site. */
export function treeFingerprint(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const hash = createHash("sha1").update(readFileSync(file)).digest("hex");
      return `${path.relative(dir, file)} ${hash}`;
    })
    .sort();
}
