// Every chapter page says when its text last changed: the last commit of its MDX file.
import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { loadPage, textOf } from "../support/dist.ts";
import { projectRoot } from "../support/paths.ts";
import { formatDate } from "../../src/lib/format.ts";
import { readDocumentInfo } from "../../src/lib/content/document-info.ts";

const chapters = ["inwoner", "huis", "wijk", "stad-en-regio", "overheid-en-organisaties"];

/** What git says, or the document's date where the file has no history (an exported copy). */
function expectedDate(id: string): string {
  const file = `src/content/chapters/${id}.mdx`;
  try {
    const date = execFileSync("git", ["log", "-1", "--format=%cs", "--", file], { cwd: projectRoot, encoding: "utf8" }).trim();
    if (date) return date;
  } catch {}
  return readDocumentInfo(projectRoot).date;
}

describe.each(chapters)("/%s/", (id) => {
  test("shows 'Laatst gewijzigd' with the date of its last commit, in Dutch", () => {
    const line = loadPage(`/${id}/`).querySelector(".chapter__updated");
    const date = expectedDate(id);
    expect(line?.querySelector("time")?.getAttribute("datetime")).toBe(date);
    expect(textOf(line)).toBe(`Laatst gewijzigd: ${formatDate(date)}`);
  });
});
