/** Which chapter of the document model an MDX file being compiled is. */
import path from "node:path";
import { loadDocumentModel } from "../model/load.ts";
import type { ChapterModel } from "../model/types.ts";

/** The chapter whose file is `filePath` (absolute), read from the model of its own folder; undefined
 * for an MDX file that is not a chapter. */
export function chapterOfFile(root: string, filePath: string | undefined): ChapterModel | undefined {
  if (!filePath || !filePath.endsWith(".mdx")) return undefined;
  const file = path.relative(root, filePath).split(path.sep).join("/");
  if (file.startsWith("..")) return undefined;
  const dir = path.posix.dirname(file);
  return loadDocumentModel(root, dir).chapters.find((chapter) => chapter.file === file);
}
