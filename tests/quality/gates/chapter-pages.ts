import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { listPages, pageFile } from "./site-pages.ts";

/** Site paths of the chapter pages (the ones whose <main> has class "chapter"), in site order. */
export function chapterPages(distDir: string): string[] {
  return listPages(distDir).filter((sitePath) => {
    const { document } = parseHTML(readFileSync(pageFile(distDir, sitePath), "utf8"));
    return document.querySelector("main.chapter") !== null;
  });
}
