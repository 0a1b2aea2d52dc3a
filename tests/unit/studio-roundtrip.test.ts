// The studio must not damage what it opens: saving unchanged writes the file back byte for byte,
// and an edit to one paragraph changes only that paragraph's line. Run with Keystatic's own parser
// and serializer (the code the editor runs in the browser) and our keystatic.config.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import type { EditorState } from "prosemirror-state";
import { openEntry } from "../support/keystatic-entries.ts";
import { projectRoot } from "../support/paths.ts";
import { validateMeta } from "../../src/lib/datasets/validate.ts";

const chaptersDir = path.join(projectRoot, "src/content/chapters");
const chapters = fs.readdirSync(chaptersDir).filter((file) => file.endsWith(".mdx"));
const dataDir = path.join(projectRoot, "data");
const datasets = fs.readdirSync(dataDir).filter((file) => file.endsWith(".yaml"));

const slugOf = (file: string) => file.slice(0, file.lastIndexOf("."));
const readChapter = (file: string) => fs.readFileSync(path.join(chaptersDir, file), "utf8");

/** Lines that differ, as [before, after] pairs; the files must keep their number of lines. */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [[line, b[index]!] as [string, string]]));
}

/** The last paragraph of plain running text in the chapter, and the editor state with text typed at its end. */
function typeAtEndOfLastParagraph(body: EditorState, typed: string) {
  let end = -1;
  let text = "";
  body.doc.forEach((node, offset) => {
    if (node.type.name === "paragraph" && node.textContent.trim() !== "") {
      end = offset + node.nodeSize - 1;
      text = node.textContent;
    }
  });
  expect(end, "a paragraph to edit").toBeGreaterThan(0);
  return { text, state: body.apply(body.tr.insertText(typed, end)) };
}

describe.each(chapters)("chapter %s in the studio", (file) => {
  test("opening and saving unchanged writes the same file", () => {
    const original = readChapter(file);
    const entry = openEntry("chapters", slugOf(file), original);
    expect(entry.save(entry.state)).toBe(original);
  });

  test("typing in one paragraph changes that paragraph's line and nothing else", () => {
    const original = readChapter(file);
    const entry = openEntry("chapters", slugOf(file), original);
    const typed = " Dit is een proef.";
    const { text, state } = typeAtEndOfLastParagraph(entry.state.body as EditorState, typed);
    const changes = changedLines(original, entry.save({ ...entry.state, body: state }));
    expect(changes).toHaveLength(1);
    const [before, after] = changes[0]!;
    expect(after).toBe(before + typed);
    // The line is the paragraph we typed in (its last words are in it).
    expect(before).toContain(text.slice(-20));
  });

  test("changing the title in the form changes only the title line", () => {
    const original = readChapter(file);
    const entry = openEntry("chapters", slugOf(file), original);
    const title = entry.state.title as { name: string; slug: string };
    const saved = entry.save({ ...entry.state, title: { ...title, name: `${title.name} (nieuw)` } });
    expect(changedLines(original, saved)).toEqual([[`title: ${title.name}`, `title: ${title.name} (nieuw)`]]);
  });
});

describe.each(datasets)("dataset description %s in the studio", (file) => {
  const original = fs.readFileSync(path.join(dataDir, file), "utf8");

  test("saving unchanged keeps every value, and the build still accepts it", () => {
    const entry = openEntry("datasets", slugOf(file), original);
    const saved = entry.save(entry.state);
    expect(parse(saved)).toEqual(parse(original));
    expect(validateMeta(saved, `data/${file}`).ok).toBe(true);
  });

  test("a wrong peildatum typed in the form is still caught by the build's validation", () => {
    const entry = openEntry("datasets", slugOf(file), original);
    const saved = entry.save({ ...entry.state, peildatum: "mei 2025" });
    const result = validateMeta(saved, `data/${file}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.column)).toContain("peildatum");
  });
});
