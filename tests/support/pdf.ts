import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { distDir } from "./paths.ts";

export const pdfPath = path.join(distDir, "woonzorgvisie-assen.pdf");

/** `pdfinfo` as a record: { Title: "…", "Page size": "594.96 x 841.92 pts (A4)", … } */
export function pdfInfo(file = pdfPath): Record<string, string> {
  const output = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Object.fromEntries(
    output
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!.trim()]),
  );
}

/** The text of every page as `pdftotext -layout` extracts it, page 1 first; with `raw`, in the
 * order it is drawn (`-raw`), which keeps a table cell's lines together. */
export function pageTexts(file = pdfPath, { raw = false } = {}): string[] {
  const output = execFileSync("pdftotext", [raw ? "-raw" : "-layout", "-enc", "UTF-8", file, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return output.split("\f").slice(0, -1);
}

/** Whitespace folded, so text that wraps across lines still matches. */
export function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export interface OutlineEntry {
  title: string;
  /** 1-based page the bookmark leads to. */
  page: number;
  children: OutlineEntry[];
}

/** The PDF's bookmarks with the page each leads to, read with pdfjs. */
export async function pdfOutline(file = pdfPath): Promise<OutlineEntry[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
    const resolve = async (items: Item[]): Promise<OutlineEntry[]> => {
      const entries: OutlineEntry[] = [];
      for (const item of items) {
        const dest = typeof item.dest === "string" ? await doc.getDestination(item.dest) : item.dest;
        const ref = dest?.[0] as { num: number; gen: number } | undefined;
        const page = ref ? (await doc.getPageIndex(ref)) + 1 : 0;
        entries.push({ title: item.title, page, children: await resolve(item.items) });
      }
      return entries;
    };
    // Awaited here, not just returned: the document must stay open until every page is resolved.
    return await resolve(((await doc.getOutline()) ?? []) as Item[]);
  } finally {
    await doc.destroy();
  }
}

/** Document language from the catalog (/Lang), read with pdfjs. */
export async function pdfLanguage(file = pdfPath): Promise<string | undefined> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const { info } = (await doc.getMetadata()) as { info: { Language?: string } };
    return info.Language;
  } finally {
    await doc.destroy();
  }
}
