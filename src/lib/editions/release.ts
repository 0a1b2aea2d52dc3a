/** `npm run edition`: freezes the document as it is now into editions/<version>/, with a
 * manifest of SHA-256 fingerprints. The build, the open points and the disk are passed in, so
 * the rules can be tested without building the site. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { documentInfoFile, readDocumentInfo, type DocumentInfo } from "../content/document-info.ts";
import { chaptersDir } from "../content/model/load.ts";
import { EditorError } from "../errors.ts";
import { compareVersions, editionDir, editionParts, editionsDir, manifestFile } from "./layout.ts";
import { listEditions } from "./list.ts";
import { fingerprint, makeManifest, manifestText } from "./manifest.ts";
import { versionFacts } from "./summary.ts";

/** A release that is not done, with the reason in words an editor understands. */
export class EditionRefusal extends EditorError {
  override name = "EditionRefusal";
}

export interface ReleaseSteps {
  /** Builds the whole site as it is now, PDF included: whether it worked and where it went. */
  build(): Promise<{ ok: boolean; distDir: string }>;
  /** How many open points the document has now (what `npm run check` counts). */
  openPoints(): number;
  log(message: string): void;
}

export interface ReleasedEdition {
  version: string;
  /** "editions/0.2" */
  dir: string;
  fileCount: number;
}

/** "versie 0.1 (concept, 28 november 2026)" */
export function editionLabel(info: Pick<DocumentInfo, "version" | "status" | "date">): string {
  const { version, status, date } = versionFacts(info);
  return `versie ${version} (${status}, ${date})`;
}

function refuseIfReleased(root: string, info: DocumentInfo): void {
  const target = editionDir(info.version);
  if (existsSync(path.join(root, target))) {
    throw new EditionRefusal(
      `Versie ${info.version} is al uitgebracht (${target}/). Een uitgebrachte versie verandert nooit meer.\n` +
        `Breng de tekst van nu uit als een nieuwe versie: verhoog "version" in ${documentInfoFile} (bijvoorbeeld naar ${nextVersion(info.version)}), pas zo nodig "date" aan, en draai npm run edition opnieuw.`,
      { location: { file: documentInfoFile } },
    );
  }
  const newest = listEditions(root).at(-1);
  if (newest && compareVersions(info.version, newest.version) < 0) {
    throw new EditionRefusal(
      `Versie ${info.version} is lager dan de laatst uitgebrachte versie ${newest.version}. Een nieuwe versie krijgt een hoger nummer: verhoog "version" in ${documentInfoFile} (bijvoorbeeld naar ${nextVersion(newest.version)}).`,
      { location: { file: documentInfoFile } },
    );
  }
}

/** "0.1" → "0.2", "1.0" → "1.1": a suggestion only. */
function nextVersion(version: string): string {
  const parts = version.split(".").map(Number);
  parts[parts.length - 1] = (parts.at(-1) ?? 0) + 1;
  return parts.join(".");
}

function refuseIfOpenPoints(info: DocumentInfo, openPoints: number): void {
  if (info.status !== "vastgesteld" || openPoints === 0) return;
  throw new EditionRefusal(
    `De status in ${documentInfoFile} is 'vastgesteld', maar er ${openPoints === 1 ? "is nog 1 open punt" : `zijn nog ${openPoints} open punten`} (zie npm run check).\n` +
      "Een vastgestelde versie mag geen open punten bevatten. Los ze op en probeer het opnieuw, of breng de versie uit met de status 'concept'.",
    { location: { file: documentInfoFile } },
  );
}

/** The files an edition freezes, as [from (project-relative), to (edition-relative)]. */
function filesToFreeze(root: string, distDir: string): [string, string][] {
  const chapters = readdirSync(path.join(root, chaptersDir))
    .filter((name) => name.endsWith(".mdx"))
    .map((name): [string, string] => [`${chaptersDir}/${name}`, `${editionParts.chapters}/${name}`]);
  const data = readdirSync(path.join(root, "data"), { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(csv|ya?ml)$/.test(entry.name))
    .map((entry): [string, string] => [`data/${entry.name}`, `${editionParts.data}/${entry.name}`]);
  const pdf = path.relative(root, path.join(distDir, editionParts.pdf));
  // The renvooi the raad received with this version, when there is a version before it.
  const changesPdf = path.join(distDir, editionParts.changesPdf);
  const renvooi: [string, string][] = existsSync(changesPdf) ? [[path.relative(root, changesPdf), editionParts.changesPdf]] : [];
  return [...chapters.sort(), ...data.sort(), [documentInfoFile, editionParts.document], [pdf, editionParts.pdf], ...renvooi];
}

export async function releaseEdition(root: string, steps: ReleaseSteps): Promise<ReleasedEdition> {
  const info = readDocumentInfo(root);
  refuseIfReleased(root, info);
  refuseIfOpenPoints(info, steps.openPoints());

  steps.log(`De site wordt gebouwd om ${editionLabel(info)} uit te brengen …`);
  const built = await steps.build();
  if (!built.ok) {
    throw new EditionRefusal(
      `De bouw is mislukt (zie de meldingen hierboven), dus versie ${info.version} is niet uitgebracht. Los eerst op wat de bouw meldt en draai npm run edition opnieuw.`,
    );
  }
  if (!existsSync(path.join(built.distDir, editionParts.pdf))) {
    throw new EditionRefusal(
      `De bouw maakte geen PDF (${editionParts.pdf}), dus versie ${info.version} is niet uitgebracht: een versie bewaart de PDF zoals die naar de raad gaat. Bouw zonder WZV_SKIP_PDF=1.`,
    );
  }

  // Written beside the editions under a hidden name and renamed at the end, so a release that
  // stops half-way leaves no half edition behind.
  const target = editionDir(info.version);
  const temporary = path.join(root, editionsDir, `.${info.version}-wordt-uitgebracht`);
  rmSync(temporary, { recursive: true, force: true });
  try {
    for (const [from, to] of filesToFreeze(root, built.distDir)) {
      mkdirSync(path.dirname(path.join(temporary, to)), { recursive: true });
      copyFileSync(path.join(root, from), path.join(temporary, to));
    }
    const files = fingerprint(temporary);
    writeFileSync(path.join(temporary, manifestFile), manifestText(makeManifest(info, files)));
    renameSync(temporary, path.join(root, target));
    return { version: info.version, dir: target, fileCount: Object.keys(files).length };
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}
