// The document later in its life: on top of issue 11's 0.2 scenario (./edition-scenario.ts),
// 0.2 released as vastgesteld, then 0.3 (one sentence changed) and 0.4 (another) released as
// concept, and the site showing 0.4. So there are renvooi PDFs kept at release, and an edition
// whose text in force (0.2) is not the edition before it: /wijzigingen/sinds-0.2/ and
// /versies/0.4/wijzigingen/sinds-0.2/. Each release is `npm run edition`'s own code with the
// build step standing in (it prints stand-in PDFs); the site is built once, at the end.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { releaseEdition } from "../../src/lib/editions/release.ts";
import { applyScenario } from "./edition-scenario.ts";
import { sharedBuild } from "./shared-build.ts";
import type { TempProject } from "./temp-project.ts";

export const released = {
  inForce: "0.2",
  /** The sentence 0.3 changes, in De overheid en organisaties, and the one 0.4 changes, in De wijk. */
  changes: {
    "0.3": { file: "src/content/chapters/overheid-en-organisaties.mdx", before: "zijn tot op heden niet in het onderzoek", after: "zijn tot nu toe niet in het onderzoek" },
    "0.4": { file: "src/content/chapters/inwoner.mdx", before: "Het aantal vrijwilligers in de toekomst is ongewis.", after: "Hoeveel vrijwilligers er later zijn, is ongewis." },
  },
  /** What the stand-in build step prints as the renvooi PDF of a version. */
  changesPdf: (version: string) => `%PDF-1.7\n% De renvooi van versie ${version}, zoals de raad die kreeg.\n%%EOF\n`,
} as const;

function setDocument(project: TempProject, fields: Record<string, string>): void {
  const file = project.file("src/content/document.json");
  writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), ...fields }, null, 2)}\n`);
}

function replaceOnce(file: string, before: string, after: string): void {
  const text = readFileSync(file, "utf8");
  if (text.split(before).length !== 2) throw new Error(`released scenario: "${before}" does not occur exactly once in ${file}`);
  writeFileSync(file, text.replace(before, after));
}

async function release(project: TempProject, version: string): Promise<void> {
  const dist = project.file(`.cache/release-${version}`);
  await releaseEdition(project.root, {
    build: async () => {
      rmSync(dist, { recursive: true, force: true });
      mkdirSync(dist, { recursive: true });
      writeFileSync(path.join(dist, "woonzorgvisie-assen.pdf"), `%PDF-1.7\n% Versie ${version}.\n%%EOF\n`);
      writeFileSync(path.join(dist, "woonzorgvisie-assen-wijzigingen.pdf"), released.changesPdf(version));
      return { ok: true, distDir: dist };
    },
    openPoints: () => 0,
    log: () => undefined,
  });
}

export async function applyReleasedScenario(project: TempProject): Promise<void> {
  applyScenario(project);
  setDocument(project, { status: "vastgesteld" });
  await release(project, "0.2");
  for (const version of ["0.3", "0.4"] as const) {
    const { file, before, after } = released.changes[version];
    replaceOnce(project.file(file), before, after);
    setDocument(project, { version, status: "concept", date: version === "0.3" ? "2027-02-01" : "2027-03-01" });
    await release(project, version);
  }
}

/** The released scenario, built once per test run (without the current PDFs: the editions' own are what it is about). */
export async function releasedSite(): Promise<{ root: string; dist: string }> {
  const { project, result } = await sharedBuild("released-0.4", applyReleasedScenario, { WZV_SKIP_PDF: "1" });
  if (result.status !== 0) throw new Error(`The released scenario in ${project.root} did not build:\n${result.output.slice(-3000)}`);
  return { root: project.root, dist: project.file("dist") };
}
