/**
 * npm run bench: how the build's cost grows with the document.
 *
 * Builds two throw-away copies of the project: the visie as it is, and a synthetic document ten
 * times larger (50 chapters, 200 figures, the chapters' own text repeated). Reports wall time and
 * peak memory of each `astro build`, and how often the datasets were read: the dataset loader logs
 * one line per load, so "1" means every dataset is parsed once per build however many figures,
 * tables and inline values use it. Then the cost of editions: the visie without any released
 * edition, and with ten synthetic editions (0.1 … 1.0, each a copy of edition 0.1 with a sentence
 * of its own added, with a valid manifest), each built twice, the faster counted.
 * Not a test: timings depend on the machine.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { makeTempProject, type TempProject } from "../support/temp-project";
import { projectRoot } from "../support/paths";
import { fingerprint, makeManifest, manifestText } from "../../src/lib/editions/manifest";
import { editionsDir, manifestFile } from "../../src/lib/editions/layout";
import { readDocumentInfo } from "../../src/lib/content/document-info";

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

interface Measurement {
  label: string;
  chapters: number;
  figures: number;
  seconds: number;
  /** User + system CPU time of the build and its children (Chromium), from /usr/bin/time: on a
   * loaded shared machine a steadier measure of the work than the wall time. */
  cpuSeconds: number | undefined;
  peakMiB: number | undefined;
  datasetLoads: number;
  /** Figures found in the built pages: proves the figures were really drawn. */
  builtFigures: number;
  /** Pages under /versies/: proves the editions were really built. */
  editionPages: number;
  ok: boolean;
}

function body(mdx: string): string {
  return mdx.replace(/^---\n[\s\S]*?\n---\n/, "");
}

/** The real chapters' text without their figures and references (ids must stay unique). */
function chapterTexts(project: TempProject): string[] {
  const dir = project.file(chaptersDir);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".mdx"))
    .sort()
    .map((file) => body(readFileSync(path.join(dir, file), "utf8")).replace(/<(Figure|Ref)\b[^>]*\/>/g, ""));
}

function writeSyntheticDocument(project: TempProject): number {
  const texts = chapterTexts(project);
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

const syntheticEditions = 10;

/** Ten released editions 0.1 … 1.0 on top of edition 0.1, each with its own added sentence, and
 * the document at 1.1; every edition gets a true manifest, so the build's check passes. */
function writeSyntheticEditions(project: TempProject): number {
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
  return countFigures(project);
}

function withoutEditions(project: TempProject): number {
  rmSync(project.file(editionsDir), { recursive: true, force: true });
  return countFigures(project);
}

function measureBuild(label: string, project: TempProject, figures: number): Measurement {
  const astro = path.join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");
  const timeTool = "/usr/bin/time";
  const useTime = existsSync(timeTool);
  const command = useTime ? timeTool : process.execPath;
  const args = useTime ? ["-v", process.execPath, astro, "build", "--root", project.root] : [astro, "build", "--root", project.root];
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: project.root,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  const user = /User time \(seconds\): ([\d.]+)/.exec(output);
  const system = /System time \(seconds\): ([\d.]+)/.exec(output);
  const chapters = readdirSync(project.file(chaptersDir)).filter((file) => file.endsWith(".mdx")).length;
  if (result.status !== 0) console.error(output.slice(-4000));
  return {
    label,
    chapters,
    figures,
    seconds,
    cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : undefined,
    peakMiB: rss ? Number(rss[1]) / 1024 : undefined,
    datasetLoads: output.split("\n").filter((line) => /datasets gelezen uit/.test(line)).length,
    builtFigures: result.status === 0 ? countBuiltFigures(project.file("dist")) : 0,
    editionPages: result.status === 0 ? editionPages(project.file("dist")) : 0,
    ok: result.status === 0,
  };
}

function countBuiltFigures(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) count += countBuiltFigures(full);
    else if (entry.name === "index.html") count += (readFileSync(full, "utf8").match(/<figure class="figure"/g) ?? []).length;
  }
  return count;
}

function countFigures(project: TempProject): number {
  const dir = project.file(chaptersDir);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".mdx"))
    .reduce((sum, file) => sum + (readFileSync(path.join(dir, file), "utf8").match(/<Figure\b/g) ?? []).length, 0);
}

function run(label: string, prepare?: (project: TempProject) => number): Measurement {
  const project = makeTempProject();
  try {
    const figures = prepare ? prepare(project) : countFigures(project);
    console.error(`Building ${label} …`);
    return measureBuild(label, project, figures);
  } finally {
    project.remove();
  }
}

const editionRuns = Number(process.env.WZV_BENCH_RUNS ?? 3);

/** The visie without editions and with ten, built in turns (so a busy moment of the machine hits
 * both alike), each counted by its fastest run. */
function compareEditions(): Measurement[] {
  const cases = [
    { label: "Zonder uitgebrachte versies", prepare: withoutEditions },
    { label: `Met ${syntheticEditions} uitgebrachte versies`, prepare: writeSyntheticEditions },
  ].map((entry) => {
    const project = makeTempProject();
    return { ...entry, project, figures: entry.prepare(project), runs: [] as Measurement[] };
  });
  try {
    for (let round = 1; round <= editionRuns; round++) {
      for (const entry of cases) {
        console.error(`Building ${entry.label} (${round}/${editionRuns}) …`);
        rmSync(entry.project.file("dist"), { recursive: true, force: true });
        entry.runs.push(measureBuild(entry.label, entry.project, entry.figures));
      }
    }
    const fastest = (runs: Measurement[], key: "seconds" | "cpuSeconds") => Math.min(...runs.map((r) => r[key] ?? Number.POSITIVE_INFINITY));
    return cases.map((entry) => ({ ...entry.runs[0]!, ok: entry.runs.every((r) => r.ok), seconds: fastest(entry.runs, "seconds"), cpuSeconds: fastest(entry.runs, "cpuSeconds") }));
  } finally {
    for (const entry of cases) entry.project.remove();
  }
}

function editionPages(dir: string): number {
  const versions = path.join(dir, "versies");
  if (!existsSync(versions)) return 0;
  return readdirSync(versions, { recursive: true }).filter((file) => String(file).endsWith("index.html")).length;
}

// `npm run bench -- --editions-only` measures only the cost of editions.
const editionsOnly = process.argv.includes("--editions-only");
const results = editionsOnly ? [] : [run("De visie zoals hij is"), run("Synthetisch, tien keer groter", writeSyntheticDocument)];
const editionResults = compareEditions();
const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
if (!editionsOnly) console.log(line(["Document", "Hoofdstukken", "Figuren (gebouwd)", "Bouwtijd (s)", "Piekgeheugen (MiB)", "Datasets ingelezen"]));
if (!editionsOnly) console.log(line(["---", "---:", "---:", "---:", "---:", "---:"]));
for (const r of results) {
  console.log(
    line([
      r.ok ? r.label : `${r.label} (BUILD FAILED)`,
      r.chapters,
      `${r.figures} (${r.builtFigures})`,
      r.seconds.toFixed(1),
      r.peakMiB === undefined ? "onbekend" : r.peakMiB.toFixed(0),
      `${r.datasetLoads}×`,
    ]),
  );
}
const [small, large] = results;
if (small && large && large.figures > small.figures) {
  const perFigure = (large.seconds - small.seconds) / (large.figures - small.figures);
  console.log(`\nExtra bouwtijd per extra figuur (met zijn deel van de tekst): ${(perFigure * 1000).toFixed(0)} ms.`);
}

console.log("");
const seconds = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? "onbekend" : value.toFixed(1));
console.log(line(["Uitgebrachte versies", "Pagina's onder /versies/", `Bouwtijd (s), snelste van ${editionRuns}`, `Rekentijd (s), laagste van ${editionRuns}`, "Piekgeheugen (MiB)"]));
console.log(line(["---", "---:", "---:", "---:", "---:"]));
for (const r of editionResults) {
  console.log(line([r.ok ? r.label : `${r.label} (BUILD FAILED)`, r.editionPages, seconds(r.seconds), seconds(r.cpuSeconds), r.peakMiB === undefined ? "onbekend" : r.peakMiB.toFixed(0)]));
}
const [none, ten] = editionResults as [Measurement, Measurement];
const extraCpu = ten.cpuSeconds !== undefined && none.cpuSeconds !== undefined ? ten.cpuSeconds - none.cpuSeconds : undefined;
console.log(
  `\n${syntheticEditions} uitgebrachte versies kosten ${seconds(ten.seconds - none.seconds)} s extra bouwtijd en ${seconds(extraCpu)} s extra rekentijd (de eis: hoogstens 5 s).`,
);
if ([...results, ...editionResults].some((r) => !r.ok)) process.exitCode = 1;
