/**
 * npm run bench: what a build costs, and how the cost grows with the document.
 *
 * 1. The site build (`npm run build`, each version's own command) without the PDF
 *    (WZV_SKIP_PDF=1) of the visie as it is, several times, with
 *    `--baseline <git ref>` also of that commit, alternating, so both meet the same machine load:
 *    median wall time and CPU time (user + system of the build and its children), and where the
 *    time goes, read from the build's own log (setup with our checks and any content sync, Vite,
 *    rendering, Pagefind).
 * 2. A synthetic document ten times larger (50 chapters, 200 figures, the chapters' own text
 *    repeated), with the PDF: wall time, peak memory, figures drawn.
 * 3. The cost of editions: the visie without any released edition, and with ten synthetic editions
 *    (0.1 … 1.0, each a copy of edition 0.1 with a sentence of its own added, with a valid
 *    manifest), with the PDFs, built in turns, each counted by its fastest run.
 * 4. How quickly the studio is usable, cold and warm, and a chapter opens in it (./studio-start.ts).
 * "Datasets read" counts real parses of each data folder (WZV_PARSE_LOG, see src/lib/datasets/load.ts):
 * "1× per map (2 mappen)" means data/ and the released edition's data/ are each parsed once per
 * build, however many figures, tables and values use them.
 * Not a test: timings depend on the machine.
 *
 * "Officiële publicatie (STOP)" is the step that writes dist/stop/ (src/integrations/stop-publication.ts),
 * by its own timer; its first build in part 1 starts with an empty PNG cache (every chart drawn), the
 * others find the charts drawn.
 *
 *   npm run bench -- [--baseline <ref>] [--runs <n>] [--editions-only | --site-only | --studio-only]
 */
import "../../scripts/offline.mjs";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { allBlocks, loadDocumentModel, type ChapterModel } from "../../src/lib/content/model/index.ts";
import { readDocumentInfo } from "../../src/lib/content/document-info.ts";
import { editionsDir, manifestFile } from "../../src/lib/editions/layout.ts";
import { fingerprint, makeManifest, manifestText } from "../../src/lib/editions/manifest.ts";
import { projectRoot } from "../support/paths.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";
import { benchStudioStart } from "./studio-start.ts";

const chaptersDir = "src/content/chapters";
const syntheticChapters = 50;
const figuresPerChapter = 4;

/** Each synthetic figure cycles through these: every chart type, several datasets. */
const figureKinds = [
  { type: "bar", dataset: "eenzaamheid" },
  { type: "change", dataset: "mantelzorgers" },
  { type: "stacked", dataset: "voorzieningen-in-de-buurt" },
  { type: "change", dataset: "zorgvraag-drenthe" },
] as const;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

interface Build {
  ok: boolean;
  output: string;
  wall: number;
  cpu: number;
  peakMiB: number | undefined;
  /** Parses of the most-parsed data folder (data/, or a released edition's). */
  parses: number;
  /** Data folders parsed: data/ and one per released edition. */
  folders: number;
}

/** The project's own `npm run build` command as a process to start, without npm in between:
 * "astro build" (as it was) or "node --max-semi-space-size=64 scripts/build.mjs" (as it is). */
function buildCommand(root: string): string[] {
  const script = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: { build: string } }).scripts.build;
  const [program, ...args] = script.trim().split(/\s+/);
  if (program === "astro") return [process.execPath, path.join(root, "node_modules", "astro", "bin", "astro.mjs"), ...args];
  if (program === "node") return [process.execPath, ...args];
  if (program === "tsx") return [process.execPath, path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), ...args];
  throw new Error(`Onbekend bouwcommando in ${root}/package.json: ${script}`);
}

/** One `npm run build` of the project at `root` (its own command), timed by /usr/bin/time. */
function build(root: string, env: Record<string, string> = {}): Build {
  const parseLog = path.join(mkdtempSync(path.join(tmpdir(), "wzv-parses-")), "log");
  writeFileSync(parseLog, "");
  const started = performance.now();
  const result = spawnSync("/usr/bin/time", ["-v", ...buildCommand(root)], {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: "1", FORCE_COLOR: "0", WZV_PARSE_LOG: parseLog },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  const seconds = (label: string) => Number(new RegExp(`${label} \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? 0);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  const perFolder = new Map<string, number>();
  for (const folder of readFileSync(parseLog, "utf8").split("\n").filter(Boolean)) perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
  const parses = Math.max(0, ...perFolder.values());
  rmSync(path.dirname(parseLog), { recursive: true, force: true });
  if (result.status !== 0) console.error(output.slice(-4000));
  return {
    ok: result.status === 0,
    output,
    wall,
    cpu: seconds("User time") + seconds("System time"),
    peakMiB: rss ? Number(rss[1]) / 1024 : undefined,
    parses,
    folders: perFolder.size,
  };
}

/** A duration as Astro and Vite print it: "562ms", "1.57s" or (ours) "0,4 s". */
function seconds(text: string, unit: string): number {
  const value = Number(text.replace(",", "."));
  return unit === "ms" ? value / 1000 : value;
}

/** Where the time goes, from the build's own log lines (all matches added up). */
function phases(output: string): Record<string, number> {
  const total = (pattern: RegExp) => {
    const found = [...output.matchAll(pattern)];
    return found.length === 0 ? Number.NaN : found.reduce((sum, match) => sum + seconds(match[1]!, match[2]!), 0);
  };
  const first = (pattern: RegExp) => {
    const match = pattern.exec(output);
    return match ? seconds(match[1]!, match[2]!) : Number.NaN;
  };
  return {
    // Astro's own first timer: the build steps' config hooks (our checks), Vite's config and, in
    // builds that still had a content collection, the content sync with its own Vite server.
    "opzet (controles, Vite, content)": first(/\[build\] ✓ Completed in ([\d.]+)(m?s)\./),
    "Vite (bundelen)": total(/\[vite\] ✓ built in ([\d.]+)(m?s)/g),
    "pagina's renderen": total(/^\S+ ✓ Completed in ([\d.]+)(m?s)\./gm),
    "zoekindex (Pagefind)": total(/Zoekindex gemaakt .* in ([\d,]+) (s)/g),
    "officiële publicatie (STOP)": total(/Officiële publicatie \(STOP\): .* in ([\d,]+) (s) \(CPU/g),
    "STOP, CPU": total(/Officiële publicatie \(STOP\): .* \(CPU ([\d,]+) (s)\)/g),
    PDF: total(/afgedrukt in ([\d,]+) (s)/g),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** A checkout of `ref` beside the project, sharing its node_modules. */
function checkout(ref: string): { root: string; remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), "wzv-baseline-"));
  rmSync(root, { recursive: true, force: true });
  const added = spawnSync("git", ["worktree", "add", "--detach", root, ref], { cwd: projectRoot, encoding: "utf8" });
  if (added.status !== 0) throw new Error(`git worktree add ${ref} failed: ${added.stderr}`);
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  return {
    root,
    remove: () => {
      spawnSync("git", ["worktree", "remove", "--force", root], { cwd: projectRoot });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function builtFigures(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== "index.html" || entry.parentPath.includes(`${path.sep}document`)) continue;
    count += parseHTML(readFileSync(path.join(entry.parentPath, entry.name), "utf8")).document.querySelectorAll("figure.figure").length;
  }
  return count;
}

/** A chapter's body without its figures and references (ids must stay unique), cut out along the
 * spans the document model gives them. */
function bodyWithoutFigures(chapter: ChapterModel): string {
  const cuts = [...allBlocks(chapter.blocks)].filter(({ block }) => block.kind === "figure").map(({ block }) => block.span);
  let text = chapter.source;
  for (const span of cuts.sort((a, b) => b.start.offset - a.start.offset)) {
    text = text.slice(0, span.start.offset) + text.slice(span.end.offset);
  }
  const bodyStart = chapter.frontmatter.span?.end.offset ?? 0;
  return text.slice(bodyStart).replace(/^\s+/, "");
}

function writeSyntheticDocument(project: TempProject): number {
  const texts = loadDocumentModel(project.root).chapters.map(bodyWithoutFigures);
  const dir = project.file(chaptersDir);
  for (const file of readdirSync(dir)) rmSync(path.join(dir, file));
  let figureCount = 0;
  for (let chapter = 1; chapter <= syntheticChapters; chapter++) {
    const figures: string[] = [];
    for (let n = 1; n <= figuresPerChapter; n++) {
      const kind = figureKinds[(figureCount + n - 1) % figureKinds.length]!;
      figures.push(`<Figure id="f-${chapter}-${n}" dataset="${kind.dataset}" type="${kind.type}" />`);
    }
    figureCount += figures.length;
    const previous = chapter > 1 ? `Zie ook <Ref to="f-${chapter - 1}-1" />.` : "";
    const mdx = [
      "---",
      `title: Hoofdstuk ${chapter}`,
      `order: ${chapter}`,
      "summary: Een synthetisch hoofdstuk voor de benchmark.",
      "status: concept",
      "---",
      "",
      texts[(chapter - 1) % texts.length]!,
      "",
      figures[0],
      "",
      `In Lariks voelt <Value of="eenzaamheid" row="Lariks" /> zich wel eens eenzaam. ${previous}`,
      "",
      figures[1],
      "",
      figures[2],
      "",
      '<DataTable dataset="ontmoetingsruimte" columns={["wijk", "ontmoetingsruimte"]} />',
      "",
      figures[3],
      "",
    ].join("\n");
    writeFileSync(path.join(dir, `hoofdstuk-${String(chapter).padStart(2, "0")}.mdx`), mdx);
  }
  return figureCount;
}

/** "1× per map (2 mappen)": data/ and each released edition's data/ are parsed once per build. */
const timesRead = (build: Build) => `${build.parses}× per map (${build.folders} ${build.folders === 1 ? "map" : "mappen"})`;
const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits).replace(".", ",") : "–");
let failed = false;

const editionsOnly = process.argv.includes("--editions-only");
const studioOnly = process.argv.includes("--studio-only");
const siteOnly = process.argv.includes("--site-only");

// 1. The site build without the PDF, now and (optionally) at the baseline, alternating.
if (!editionsOnly && !studioOnly) {
const runs = Number(option("runs") ?? 5);
const baselineRef = option("baseline");
const current = makeTempProject();
const baseline = baselineRef ? checkout(baselineRef) : undefined;
const measured: { label: string; root: string; builds: Build[] }[] = [
  ...(baseline ? [{ label: `basis (${baselineRef})`, root: baseline.root, builds: [] as Build[] }] : []),
  { label: "nu", root: current.root, builds: [] as Build[] },
];
// The first build of "nu" draws every chart; the PNG cache lives in the shared node_modules.
rmSync(path.join(projectRoot, "node_modules/.cache/wzv-stop-png"), { recursive: true, force: true });
try {
  for (let run = 1; run <= runs; run++) {
    for (const target of measured) {
      console.error(`Bouw ${run}/${runs}: ${target.label} …`);
      const result = build(target.root, { WZV_SKIP_PDF: "1" });
      failed ||= !result.ok;
      target.builds.push(result);
    }
  }
} finally {
  current.remove();
  baseline?.remove();
}

console.log(`\nDe site zonder PDF (WZV_SKIP_PDF=1), mediaan van ${runs} bouwrondes:\n`);
const phaseNames = Object.keys(phases(""));
console.log(line(["Versie", "Wandkloktijd (s)", "CPU-tijd (s)", ...phaseNames.filter((name) => name !== "PDF").map((name) => `${name} (s)`), "Datasets ingelezen"]));
console.log(line(["---", "---:", "---:", ...phaseNames.filter((name) => name !== "PDF").map(() => "---:"), "---:"]));
for (const target of measured) {
  const perPhase = target.builds.map((b) => phases(b.output));
  console.log(
    line([
      target.label,
      fixed(median(target.builds.map((b) => b.wall))),
      fixed(median(target.builds.map((b) => b.cpu))),
      ...phaseNames.filter((name) => name !== "PDF").map((name) => fixed(median(perPhase.map((p) => p[name]!)), 2)),
      target.builds.some((b) => b.parses > 0) ? timesRead(target.builds.at(-1)!) : "niet geteld",
    ]),
  );
}
const stopPhase = (build: Build, name = "officiële publicatie (STOP)") => phases(build.output)[name]!;
const now = measured.at(-1)!.builds;
const cpuOf = (build: Build) => stopPhase(build, "STOP, CPU");
console.log(
  `\nOfficiële publicatie (STOP): ${fixed(stopPhase(now[0]!), 2)} s (CPU ${fixed(cpuOf(now[0]!), 2)} s) in de eerste bouw (lege PNG-cache), ` +
    `mediaan ${fixed(median(now.slice(1).map((build) => stopPhase(build))), 2)} s (CPU ${fixed(median(now.slice(1).map(cpuOf)), 2)} s) in de volgende.`,
);
if (measured.length === 2) {
  const [before, after] = measured.map((target) => median(target.builds.map((b) => b.wall))) as [number, number];
  const [cpuBefore, cpuAfter] = measured.map((target) => median(target.builds.map((b) => b.cpu))) as [number, number];
  console.log(`\nWandkloktijd ${fixed(((before - after) / before) * 100, 0)}% korter, CPU-tijd ${fixed(((cpuBefore - cpuAfter) / cpuBefore) * 100, 0)}% minder.`);
}

// 2. Ten times the document, with the PDF.
if (!siteOnly) {
const large = makeTempProject();
try {
  const figures = writeSyntheticDocument(large);
  console.error("Bouw synthetisch document, tien keer groter …");
  const result = build(large.root);
  failed ||= !result.ok;
  console.log(`\nSynthetisch, tien keer groter (met PDF):\n`);
  console.log(line(["Hoofdstukken", "Figuren (getekend)", "Wandkloktijd (s)", "CPU-tijd (s)", "PDF (s)", "Piekgeheugen (MiB)", "Datasets ingelezen"]));
  console.log(line(["---:", "---:", "---:", "---:", "---:", "---:", "---:"]));
  console.log(
    line([
      syntheticChapters,
      `${figures} (${result.ok && existsSync(large.file("dist")) ? builtFigures(large.file("dist")) : 0})`,
      fixed(result.wall),
      fixed(result.cpu),
      fixed(phases(result.output).PDF!),
      result.peakMiB === undefined ? "onbekend" : result.peakMiB.toFixed(0),
      timesRead(result),
    ]),
  );
} finally {
  large.remove();
}
}
}

// 3. Ten released editions against none.
const syntheticEditions = 10;

function writeSyntheticEditions(project: TempProject): void {
  const source = project.file(`${editionsDir}/0.1`);
  const template = readFileSync(path.join(source, "document.json"), "utf8");
  const staging = project.file("editions-template");
  cpSync(source, staging, { recursive: true });
  rmSync(project.file(editionsDir), { recursive: true, force: true });
  const chapters = readdirSync(path.join(staging, "chapters")).sort();
  const versions = Array.from({ length: syntheticEditions }, (_, index) => (index < 9 ? `0.${index + 1}` : "1.0"));
  versions.forEach((version, index) => {
    const dir = project.file(`${editionsDir}/${version}`);
    cpSync(staging, dir, { recursive: true });
    rmSync(path.join(dir, manifestFile));
    const chapter = path.join(dir, "chapters", chapters[index % chapters.length]!);
    writeFileSync(chapter, `${readFileSync(chapter, "utf8").trimEnd()}\n\nDeze zin kwam erbij in versie ${version}.\n`);
    writeFileSync(path.join(dir, "document.json"), template.replace('"version": "0.1"', `"version": "${version}"`));
    const info = readDocumentInfo(dir, "document.json");
    writeFileSync(path.join(dir, manifestFile), manifestText(makeManifest(info, fingerprint(dir))));
  });
  rmSync(staging, { recursive: true });
  const documentFile = project.file("src/content/document.json");
  writeFileSync(documentFile, readFileSync(documentFile, "utf8").replace(/"version": "[^"]*"/, '"version": "1.1"'));
}

function editionPages(dir: string): number {
  const versions = path.join(dir, "versies");
  if (!existsSync(versions)) return 0;
  return readdirSync(versions, { recursive: true }).filter((file) => String(file).endsWith("index.html")).length;
}

if (!siteOnly && !studioOnly) {
const editionRuns = Number(option("runs") ?? 3);
const editionCases = [
  { label: "Zonder uitgebrachte versies", prepare: (project: TempProject) => rmSync(project.file(editionsDir), { recursive: true, force: true }) },
  { label: `Met ${syntheticEditions} uitgebrachte versies`, prepare: writeSyntheticEditions },
].map((entry) => {
  const project = makeTempProject();
  entry.prepare(project);
  return { ...entry, project, builds: [] as Build[], pages: 0 };
});
try {
  for (let round = 1; round <= editionRuns; round++) {
    for (const entry of editionCases) {
      console.error(`Bouw ${round}/${editionRuns}: ${entry.label} …`);
      const result = build(entry.project.root);
      failed ||= !result.ok;
      entry.builds.push(result);
      if (result.ok) entry.pages = editionPages(entry.project.file("dist"));
    }
  }
} finally {
  for (const entry of editionCases) entry.project.remove();
}
console.log(`\nUitgebrachte versies (met PDF's), snelste van ${editionRuns} bouwrondes:\n`);
console.log(line(["Versie", "Pagina's onder /versies/", "Wandkloktijd (s)", "CPU-tijd (s)"]));
console.log(line(["---", "---:", "---:", "---:"]));
const fastest = (builds: Build[], key: "wall" | "cpu") => Math.min(...builds.map((b) => b[key]));
for (const entry of editionCases) {
  console.log(line([entry.label, entry.pages, fixed(fastest(entry.builds, "wall")), fixed(fastest(entry.builds, "cpu"))]));
}
const [none, ten] = editionCases as [(typeof editionCases)[number], (typeof editionCases)[number]];
console.log(
  `\n${syntheticEditions} versies kosten ${fixed(fastest(ten.builds, "wall") - fastest(none.builds, "wall"))} s wandkloktijd en ` +
    `${fixed(fastest(ten.builds, "cpu") - fastest(none.builds, "cpu"))} s CPU-tijd extra.`,
);
const stopOf = (builds: Build[], name: string) => Math.min(...builds.map((b) => phases(b.output)[name]!));
console.log(
  `Officiële publicatie (STOP) daarvan: ${fixed(stopOf(ten.builds, "officiële publicatie (STOP)"), 2)} s (CPU ${fixed(stopOf(ten.builds, "STOP, CPU"), 2)} s) voor ${syntheticEditions + 1} pakketten, ` +
    `${fixed(stopOf(none.builds, "officiële publicatie (STOP)"), 2)} s (CPU ${fixed(stopOf(none.builds, "STOP, CPU"), 2)} s) voor 1.`,
);
}
// 4. The studio, now and (optionally) at the baseline, in turns.
if (!editionsOnly && !siteOnly) {
  const baselineRef = option("baseline");
  const baseline = baselineRef ? checkout(baselineRef) : undefined;
  try {
    await benchStudioStart(Number(option("runs") ?? 3), baseline && baselineRef ? { label: `basis (${baselineRef})`, root: baseline.root } : undefined);
  } finally {
    baseline?.remove();
  }
}

if (failed) process.exitCode = 1;
