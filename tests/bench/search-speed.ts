/**
 * How fast the header search answers on first use: a fresh browser opens a chapter, clicks
 * into the search field (nothing of the search loaded before) and types "eenzaam". Measured
 * from the last keystroke until the results for the whole word are on screen, in the page's
 * own clock. Run after `npm run build`: `npm run bench:search`.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { launchBrowser } from "../support/browser.ts";
import { distDir } from "../support/paths.ts";
import { serveStatic } from "../support/static-server.ts";

const runs = Number(process.env.RUNS ?? 7);
const word = "eenzaam";
/** Milliseconds between keystrokes: a quick typist (0 = the whole word at once, the worst case). */
const typingDelays = [80, 0];

function sizeOf(dir: string, keep: (file: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(full, keep);
    else if (keep(full)) total += statSync(full).size;
  }
  return total;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const server = await serveStatic(distDir);
const browser = await launchBrowser();
try {
  for (const delay of typingDelays) {
    const times: number[] = [];
    let fetched = 0;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      let bytes = 0;
      page.on("response", (response) => {
        if (new URL(response.url()).pathname.startsWith("/pagefind/")) {
          void response.body().then((body) => (bytes += body.length), () => undefined);
        }
      });
      await page.goto(`${server.url}/inwoner/`, { waitUntil: "load" });
      await page.evaluate((expected) => {
        const w = window as unknown as { lastKey: number; shown: number };
        document.addEventListener("keydown", () => (w.lastKey = performance.now()), true);
        const summary = document.querySelector(".site-search--header [data-search-summary]")!;
        new MutationObserver(() => {
          if (!w.shown && summary.textContent?.includes(expected) && document.querySelector(".site-search--header .search-hit")) {
            w.shown = performance.now();
          }
        }).observe(document.querySelector(".site-search--header")!, { subtree: true, childList: true, characterData: true });
      }, word);
      await page.click(".site-search--header input[type=search]");
      await page.keyboard.type(word, { delay });
      await page.waitForFunction(() => (window as unknown as { shown?: number }).shown, undefined, { timeout: 10_000 });
      const ms = await page.evaluate(() => {
        const w = window as unknown as { lastKey: number; shown: number };
        return w.shown - w.lastKey;
      });
      times.push(ms);
      await page.waitForTimeout(100);
      fetched = Math.max(fetched, bytes);
      await context.close();
    }
    console.log(
      `Typing "${word}" at ${delay} ms per key: first results ${median(times).toFixed(0)} ms after the last keystroke ` +
        `(median of ${runs}; runs: ${times.map((t) => t.toFixed(0)).join(", ")} ms); fetched from /pagefind/: ${kib(fetched)}`,
    );
  }
  const bundle = path.join(distDir, "pagefind");
  const isIndex = (file: string) => /[/\\](index|fragment)[/\\]|\.pf_meta$|wasm\.nl\.pagefind$/.test(file);
  console.log(`Index (index/, fragment/, meta, Dutch wasm): ${kib(sizeOf(bundle, isIndex))}; whole dist/pagefind/: ${kib(sizeOf(bundle))}`);
} finally {
  await browser.close();
  await server.close();
}
