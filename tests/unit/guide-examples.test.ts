/**
 * The example messages in docs/redactiegids.md are real output: each block after a marker
 * `<!-- voorbeeld: … -->` must be exactly what the build (or `npm run check`) prints for that case
 * today, made with the same functions on a copy of today's project. When a message or the content
 * changes, this test fails; `WZV_UPDATE_GUIDE=1 npm run vitest -- run tests/unit/guide-examples.test.ts`
 * writes the new output into the guide (read it before committing).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Code, Html, Root, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterAll, describe, expect, it } from "vitest";
import { findMistakes } from "../../src/lib/checks/mistakes/project.ts";
import { buildStoppedReport, failedBuildReport } from "../../src/lib/checks/mistakes/report.ts";
import { formatReport, publicationVerdict } from "../../src/lib/checks/open-points/index.ts";
import { openPointsOnDisk } from "../../src/lib/checks/open-points/project.ts";
import { formatProblem } from "../../src/lib/errors.ts";
import { formatReadabilityReport, readability, readabilityUnits } from "../../src/lib/checks/readability/index.ts";
import { loadDocumentModel } from "../../src/lib/content/model/load.ts";
import { makeMistake, mistakes, type Mistake, type MistakeId } from "../support/mistakes.ts";
import { projectRoot } from "../support/paths.ts";

const guideFile = path.join(projectRoot, "docs", "redactiegids.md");
const root = mkdtempSync(path.join(tmpdir(), "wzv-guide-"));
for (const entry of ["src/content", "src/pages", "data"]) cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const vastgesteld: Mistake = {
  title: "a vastgesteld document",
  edits: [{ file: "src/content/document.json", from: '"status": "concept"', to: '"status": "vastgesteld"' }],
  at: { file: "src/content/document.json", marker: "vastgesteld" },
};

function withMistake<T>(mistake: Mistake, run: () => T): T {
  const undo = makeMistake(root, mistake);
  try {
    return run();
  } finally {
    undo();
  }
}

function isMistake(id: string): id is MistakeId {
  return Object.hasOwn(mistakes, id);
}

/** What the build or `npm run check` prints for an example in the guide. */
function output(name: string): string {
  const [kind, id = ""] = name.split(":");
  if (kind === "bouw" && isMistake(id)) return withMistake(mistakes[id], () => buildStoppedReport(findMistakes(root)));
  if (kind === "fout" && isMistake(id)) return withMistake(mistakes[id], () => findMistakes(root).map(formatProblem).join("\n\n"));
  if (kind === "open-punten") return formatReport(openPointsOnDisk(root));
  if (kind === "leesbaarheid") {
    const model = loadDocumentModel(root);
    return formatReadabilityReport(readability(readabilityUnits(model)), (id) => model.chapters.find((chapter) => chapter.id === id)?.title ?? id);
  }
  if (kind === "waarschuwing") {
    const verdict = publicationVerdict("concept", openPointsOnDisk(root));
    return verdict.action === "warn" ? `[WARN] [wzv-open-points] ${verdict.message}` : "";
  }
  if (kind === "weigering") {
    return withMistake(vastgesteld, () => {
      const verdict = publicationVerdict("vastgesteld", openPointsOnDisk(root));
      return verdict.action === "refuse" ? failedBuildReport(verdict.message) : "";
    });
  }
  throw new Error(`docs/redactiegids.md asks for an example "${name}" that this test does not know`);
}

/** "eerste 8 en laatste 3 regels": the first and last lines, with "…" between. */
function shortened(text: string, spec: string | undefined): string {
  const numbers = spec?.match(/eerste (\d+) en laatste (\d+) regels/);
  if (!numbers) return text;
  const lines = text.split("\n");
  const [first, last] = [Number(numbers[1]), Number(numbers[2])];
  if (lines.length <= first + last) return text;
  return [...lines.slice(0, first), "…", ...lines.slice(-last)].join("\n");
}

interface Example {
  name: string;
  code: Code;
  expected: string;
}

function examplesIn(guide: string): Example[] {
  const tree = unified().use(remarkParse).parse(guide) as Root;
  const examples: Example[] = [];
  const visit = (nodes: readonly RootContent[]) => {
    nodes.forEach((node, index) => {
      if ("children" in node) visit(node.children as RootContent[]);
      if (node.type !== "html") return;
      const comment = (node as Html).value.trim();
      if (!comment.startsWith("<!-- voorbeeld:") || !comment.endsWith("-->")) return;
      const [name = "", spec] = comment.slice("<!-- voorbeeld:".length, -"-->".length).split(",").map((part) => part.trim());
      const next = nodes[index + 1];
      if (next?.type !== "code") throw new Error(`docs/redactiegids.md: no code block after ${comment}`);
      examples.push({ name, code: next, expected: shortened(output(name), spec) });
    });
  };
  visit(tree.children);
  return examples;
}

const guide = readFileSync(guideFile, "utf8");
const examples = examplesIn(guide);

if (process.env.WZV_UPDATE_GUIDE === "1") {
  let updated = guide;
  for (const example of [...examples].sort((a, b) => b.code.position!.start.offset! - a.code.position!.start.offset!)) {
    const { start, end } = example.code.position!;
    updated = `${updated.slice(0, start.offset)}\`\`\`\n${example.expected}\n\`\`\`${updated.slice(end.offset)}`;
  }
  writeFileSync(guideFile, updated);
}

describe("the example messages in docs/redactiegids.md", () => {
  it("are there, one for each kind of message", () => {
    expect(examples.map((example) => example.name.split(":")[0])).toEqual(expect.arrayContaining(["bouw", "fout", "open-punten", "leesbaarheid", "waarschuwing", "weigering"]));
  });

  it.each(examples.map((example) => [example.name, example] as const))("%s is what the build prints today", (_name, example) => {
    expect(example.code.value).toBe(example.expected);
  });
});
