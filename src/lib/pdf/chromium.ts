import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { playwright } from "./load-on-use.ts";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export class ChromiumMissingError extends Error {
  override name = "ChromiumMissingError";
}

/** Debian's Chromium, headless, with the flags this closed network needs.
 * Used to print the PDF during the build and by the browser tests. */
export async function launchBrowser(executablePath = chromiumPath): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new ChromiumMissingError(
      `Chromium is nodig om de PDF te maken en voor de browsertests, maar staat niet op ${executablePath}.\n` +
        `Installeer het met: sudo apt-get install -y chromium   (of wijs een andere plek aan met CHROMIUM_PATH=…)\n` +
        `Alleen even kijken zonder PDF? Bouw dan met WZV_SKIP_PDF=1 npm run build`,
    );
  }
  return playwright().chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}
