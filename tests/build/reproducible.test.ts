// Two builds of the same sources, in other folders, at another time and in another time zone,
// give the same dist/, byte for byte, PDFs included: anyone can rebuild a published file from its
// commit and compare (README, "Verifying a published file"). Both builds are of the 0.2 scenario
// (tests/support/edition-scenario.ts), so they hold a released edition and a renvooi PDF; the
// first is the run's shared scenario build, which other test files read too.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDict, PDFName } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";
import { applyScenario, scenario } from "../support/edition-scenario.ts";
import { distDir, projectRoot } from "../support/paths.ts";
import { pdfPath } from "../support/pdf.ts";
import { loadPdf, text } from "../support/pdf-structure.ts";
import { scenarioSite, scenarioTimeout } from "../support/scenario-site.ts";
import { makeTempProject, type TempProject } from "../support/temp-project.ts";
import { lastModifiedDate } from "../../src/lib/content/last-modified.ts";
import { changesPdfFileName } from "../../src/lib/content/addresses.ts";

const chapterIds = readdirSync(path.join(projectRoot, "src/content/chapters")).flatMap((name) => (name.endsWith(".mdx") ? [name.slice(0, -4)] : []));

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

interface Build {
  project: TempProject;
  outDir: string;
  output: string;
  remove(): void;
}

/** Builds a copy of the project with the 0.2 scenario into a folder outside it, with the environment changed by `env`. */
function buildScenarioCopy(env: NodeJS.ProcessEnv): Build {
  const project = makeTempProject();
  applyScenario(project);
  const out = mkdtempSync(path.join(tmpdir(), "wzv-rebuild-"));
  const outDir = path.join(out, "site");
  const { status, output } = buildSite(project.root, { ...env, WZV_OUT: outDir });
  const remove = () => {
    project.remove();
    rmSync(out, { recursive: true, force: true });
  };
  if (status !== 0) {
    remove();
    throw new Error(`The copy in ${project.root} did not build:\n${output.slice(-3000)}`);
  }
  return { project, outDir, output, remove };
}

/** The STOP step draws a chart as PNG only when the cache in node_modules has none for its SVG
 * (src/lib/stop/png.ts). Whichever the first build was, the second is the other: one draws every
 * chart, one takes them all from the cache, and their bytes must still be the same. */
function makeSecondBuildTheOther(firstOutput: string): void {
  const drawn = /; (\d+) van de (\d+) grafieken als PNG getekend/.exec(firstOutput);
  if (drawn && drawn[1] === "0") rmSync(path.join(projectRoot, "node_modules/.cache/wzv-stop-png"), { recursive: true, force: true });
}

/** Waits until at least `ms` have passed since `since` (epoch ms), so the clock has moved on. */
async function waitUntilPast(since: number, ms: number): Promise<void> {
  const left = since + ms - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

describe("two builds of the same sources, with a released edition and a renvooi", () => {
  let first: { dir: string; roots: string[]; output: string };
  let second: { dir: string; roots: string[]; output: string };
  let build: Build | undefined;

  beforeAll(async () => {
    const shared = await scenarioSite();
    first = { dir: shared.dist, roots: [shared.root, shared.dist], output: shared.output };
    makeSecondBuildTheOther(first.output);
    await waitUntilPast(statSync(path.join(first.dir, changesPdfFileName)).mtimeMs, 1500);
    build = buildScenarioCopy({ TZ: "Pacific/Auckland", LANG: "en_US.UTF-8" });
    second = { dir: build.outDir, roots: [build.project.root, build.outDir], output: build.output };
  }, scenarioTimeout + 300_000);
  afterAll(() => build?.remove());

  it("give the same files with the same bytes", () => {
    const a = filesIn(first.dir);
    const b = filesIn(second.dir);
    expect(a.length).toBeGreaterThan(20);
    const onlyFirst = a.filter((file) => !b.includes(file));
    const onlySecond = b.filter((file) => !a.includes(file));
    const differing = a.filter((file) => b.includes(file) && !readFileSync(path.join(first.dir, file)).equals(readFileSync(path.join(second.dir, file))));
    expect({ onlyFirst, onlySecond, differing: differing.slice(0, 10) }, `first build: ${first.dir}, second: ${second.dir}`).toEqual({
      onlyFirst: [],
      onlySecond: [],
      differing: [],
    });
    expect(a).toEqual(expect.arrayContaining([path.basename(pdfPath), changesPdfFileName, "versies/0.1/woonzorgvisie-assen.pdf"]));
  });

  it("one drawing every chart of the official publication, the other taking them all from the cache", () => {
    const drawn = (output: string) => /; (\d+) van de (\d+) grafieken als PNG getekend/.exec(output)?.slice(1, 3).map(Number);
    const [a, b] = [drawn(first.output), drawn(second.output)];
    expect(a && b && [a[0] === 0, b[0] === 0].sort(), `${first.output.match(/.*grafieken als PNG.*/)?.[0]}\n${second.output.match(/.*grafieken als PNG.*/)?.[0]}`).toEqual([false, true]);
  });

  it("write no folder of the machine they ran on and no date of the build into any file", () => {
    const today = new Date().toISOString().slice(0, 10);
    // A date the sources give may appear: the document's (also as the PDF's date), and the last commit
    // of a chapter ("Laatst gewijzigd"), which is today while one works on it.
    const commitDates = chapterIds.map((id) => lastModifiedDate(`src/content/chapters/${id}.mdx`, projectRoot, scenario.date));
    const stamps = today === scenario.date ? [] : [...(commitDates.includes(today) ? [] : [today]), `D:${today.replaceAll("-", "")}`];
    for (const { dir, roots } of [first, second]) {
      for (const file of filesIn(dir)) {
        const content = readFileSync(path.join(dir, file)).toString("latin1");
        for (const needle of [...roots, ...stamps]) expect(content.includes(needle), `"${needle}" in ${file}`).toBe(false);
      }
    }
  });
});

describe("every PDF in dist/", () => {
  let sites: string[];
  let site: string;
  beforeAll(async () => {
    sites = [distDir, (await scenarioSite()).dist];
    site = (await import("../../astro.config.mjs")).default.site!.replace(/\/$/, "");
  }, scenarioTimeout + 10_000);

  // The printing server runs on 127.0.0.1 during the build, on another port each time: a link to it
  // is dead for every reader and makes two builds differ.
  it("links only to the site's own address (astro.config.mjs), never to the server that printed it", async () => {
    const found: string[] = [];
    for (const dir of sites) {
      for (const file of filesIn(dir).filter((name) => name.endsWith(".pdf"))) {
        const doc = await loadPdf(path.join(dir, file));
        for (const [index, page] of doc.getPages().entries()) {
          for (const ref of page.node.Annots()?.asArray() ?? []) {
            const uri = text(doc.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of("A"), PDFDict)?.get(PDFName.of("URI")));
            if (uri !== undefined) found.push(`${file} page ${index + 1}: ${uri}`);
          }
        }
      }
    }
    expect(found.some((link) => link.startsWith(`${changesPdfFileName} `)), "the renvooi PDF has web links").toBe(true);
    expect(found.filter((link) => !link.split(": ")[1]!.startsWith(`${site}/`))).toEqual([]);
  });
});

describe("the PDF's file identifier", () => {
  it("is derived from the content: the SHA-256 of the file with the /ID zeroed", () => {
    const pdf = readFileSync(pdfPath);
    const trailer = pdf.lastIndexOf("trailer");
    const match = /\/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>\s*\]/.exec(pdf.subarray(trailer).toString("latin1"));
    expect(match, "a trailer /ID of two 16-byte strings").not.toBeNull();
    expect(match![1]).toBe(match![2]);
    const zeroed = Buffer.from(pdf);
    const at = trailer + match!.index;
    zeroed.write(match![0].replace(/[0-9A-Fa-f]{32}/g, "0".repeat(32)), at, "latin1");
    expect(createHash("sha256").update(zeroed).digest("hex").slice(0, 32)).toBe(match![1]!.toLowerCase());
  });
});
