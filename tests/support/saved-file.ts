import { readFileSync } from "node:fs";
import { expect } from "vitest";

/**
 * The file once the studio's save has finished: Keystatic writes with `fs.writeFile`, which empties
 * the file before writing it, so a read during the save can see an empty or a half-written file.
 */
export async function savedContent(file: string, typed: string): Promise<string> {
  let last = "";
  await expect
    .poll(
      async () => {
        const first = readFileSync(file, "utf8");
        await new Promise((resolve) => setTimeout(resolve, 250));
        last = readFileSync(file, "utf8");
        return first === last && last.includes(typed);
      },
      { timeout: 20_000, message: `the saved file never contained "${typed}"` },
    )
    .toBe(true);
  return last;
}
