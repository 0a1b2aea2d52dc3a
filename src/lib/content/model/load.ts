/** The document model of the chapters on disk, built once per change of their text. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ChapterInput } from "./chapter.ts";
import { buildDocumentModel } from "./document.ts";
import type { DocumentModel } from "./types.ts";

/** Where the chapters live, relative to the project root. */
export const chaptersDir = "src/content/chapters";

/** Every `.mdx` file of a chapters folder, read whole (frontmatter included, so lines match the file). */
export function readChapterInputs(root: string, dir = chaptersDir): ChapterInput[] {
  const folder = path.join(root, dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => ({
      id: name.replace(/\.mdx$/, ""),
      file: `${dir}/${name}`,
      text: readFileSync(path.join(folder, name), "utf8"),
    }));
}

interface CacheEntry {
  digest: string;
  model: DocumentModel;
}

/** Shared by every copy of this module in the process: the build loads it once through Vite (pages,
 * components, MDX plugins) and once through Node (integrations, scripts); both get one model. */
const cache: Map<string, CacheEntry> = ((globalThis as Record<symbol, unknown>)[Symbol.for("wzv.document-model")] ??= new Map()) as Map<
  string,
  CacheEntry
>;

function digestOf(inputs: readonly ChapterInput[]): string {
  const hash = createHash("sha256");
  for (const input of inputs) hash.update(input.file).update("\0").update(input.text).update("\0");
  return hash.digest("hex");
}

/** The model of the chapters in `dir` under `root`; rebuilt only when a chapter file changed. */
export function loadDocumentModel(root: string, dir = chaptersDir): DocumentModel {
  const inputs = readChapterInputs(root, dir);
  const key = path.join(root, dir);
  const digest = digestOf(inputs);
  const cached = cache.get(key);
  if (cached?.digest === digest) return cached.model;
  const model = buildDocumentModel(inputs);
  cache.set(key, { digest, model });
  return model;
}
