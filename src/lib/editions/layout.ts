/** Where a released edition keeps what it froze: one folder per version under editions/, in the
 * same shape as the project's own sources, so the same loaders read both. */
import { changesPdfFileName, pdfFileName } from "../content/addresses.ts";

/** Relative to the project root. */
export const editionsDir = "editions";

export const manifestFile = "manifest.json";

/** Inside an edition's folder: the chapters, the datasets, the document's facts, the PDF and, for
 * every edition after the first, the renvooi PDF against the edition before it. */
export const editionParts = {
  chapters: "chapters",
  data: "data",
  document: "document.json",
  pdf: pdfFileName,
  changesPdf: changesPdfFileName,
} as const;

/** "editions/0.1" */
export function editionDir(version: string): string {
  return `${editionsDir}/${version}`;
}

/** "editions/0.1/chapters", relative to the project root (what loadDocumentModel reads). */
export function editionChaptersDir(version: string): string {
  return `${editionDir(version)}/${editionParts.chapters}`;
}

export function editionDataDir(version: string): string {
  return `${editionDir(version)}/${editionParts.data}`;
}

export function editionDocumentFile(version: string): string {
  return `${editionDir(version)}/${editionParts.document}`;
}

export function editionPdfFile(version: string): string {
  return `${editionDir(version)}/${editionParts.pdf}`;
}

/** The renvooi PDF an edition froze; editions released before it was kept, and the first, have none. */
export function editionChangesPdfFile(version: string): string {
  return `${editionDir(version)}/${editionParts.changesPdf}`;
}

/** "1.10" after "1.9": versions compare number by number. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The edition a chapter file belongs to: "0.1" for <root>/editions/0.1/chapters/wijk.mdx;
 * undefined for any other file. */
export function editionOfFile(root: string, filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  const relative = filePath.startsWith(root) ? filePath.slice(root.length).replace(/^[\\/]+/, "") : filePath;
  const [top, version, part, name, ...rest] = relative.split(/[\\/]/);
  if (top !== editionsDir || part !== editionParts.chapters || !name?.endsWith(".mdx") || rest.length > 0 || !version) return undefined;
  return version;
}
