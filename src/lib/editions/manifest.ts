/** The fingerprint of an edition: the SHA-256 of every file, written at release and checked by
 * every build. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { editionManifestSchema, type EditionManifest } from "../../schemas/edition.ts";
import type { DocumentInfo } from "../../schemas/document.ts";
import { EditorError } from "../errors.ts";
import { manifestFile } from "./layout.ts";

export type { EditionManifest };

/** A problem with the editions folder: a file changed after release, a manifest missing or broken. */
export class EditionError extends EditorError {
  override name = "EditionError";
}

export const manifestExplanation =
  "Dit is een uitgebrachte versie van de woonzorgvisie. Verander niets in deze map: de bouw controleert elk bestand met de controlegetallen hieronder en stopt als er één is gewijzigd. Tekst wijzigen doet u in src/content/chapters/; daarna brengt u een nieuwe versie uit met npm run edition.";

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Every file under `dir` (the manifest excepted), relative with forward slashes, sorted. */
export function editionFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => file !== manifestFile)
    .sort();
}

/** The SHA-256 of every file of an edition's folder. */
export function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(editionFiles(dir).map((file) => [file, sha256(readFileSync(path.join(dir, file)))]));
}

export function makeManifest(info: DocumentInfo, files: Record<string, string>): EditionManifest {
  return { toelichting: manifestExplanation, version: info.version, status: info.status, date: info.date, title: info.title, files };
}

/** The manifest as written: two-space JSON with a final newline, keys in a fixed order. */
export function manifestText(manifest: EditionManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Reads and checks `<dir>/manifest.json`; `where` is the folder as an editor knows it ("editions/0.1"). */
export function readManifest(dir: string, where: string): EditionManifest {
  const file = `${where}/${manifestFile}`;
  const location = { file };
  if (!existsSync(path.join(dir, manifestFile))) {
    throw new EditionError(
      `${file} ontbreekt. Elke map in editions/ is een uitgebrachte versie met een manifest; zonder manifest kan de bouw niet nagaan of de versie ongewijzigd is. ` +
        `Zet het bestand terug uit git (git checkout -- ${file}), of haal de map ${where}/ weg als die geen uitgebrachte versie is.`,
      { location },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, manifestFile), "utf8"));
  } catch {
    throw new EditionError(`${file} is geen geldige JSON. Zet het bestand terug uit git: git checkout -- ${file}`, { location });
  }
  const parsed = editionManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `  - veld "${issue.path.join(".")}": ${issue.message}`).join("\n");
    throw new EditionError(`${file} klopt niet:\n${fields}\nZet het bestand terug uit git: git checkout -- ${file}`, { location });
  }
  return parsed.data;
}
