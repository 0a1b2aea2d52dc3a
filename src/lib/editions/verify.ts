/** A released edition never changes: every build checks each file of each edition against the
 * SHA-256 in its manifest, and stops, naming the file, when one was edited, removed or added. */
import path from "node:path";
import { formatWhere } from "../errors.ts";
import { listEditions, type Edition } from "./list.ts";
import { EditionError, fingerprint } from "./manifest.ts";
import { manifestFile } from "./layout.ts";

export interface EditionProblem {
  /** Project-relative: "editions/0.1/chapters/wijk.mdx". */
  file: string;
  kind: "changed" | "missing" | "added";
}

/** What differs between an edition's folder and its manifest. */
export function editionProblems(root: string, edition: Edition): EditionProblem[] {
  const found = fingerprint(path.join(root, edition.dir));
  const expected = edition.manifest.files;
  const problems: EditionProblem[] = [];
  for (const [file, digest] of Object.entries(expected)) {
    if (found[file] === undefined) problems.push({ file: `${edition.dir}/${file}`, kind: "missing" });
    else if (found[file] !== digest) problems.push({ file: `${edition.dir}/${file}`, kind: "changed" });
  }
  for (const file of Object.keys(found)) {
    if (expected[file] === undefined) problems.push({ file: `${edition.dir}/${file}`, kind: "added" });
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

const problemText: Record<EditionProblem["kind"], string> = {
  changed: "is gewijzigd na het uitbrengen",
  missing: "ontbreekt (het stond er bij het uitbrengen wel)",
  added: "is toegevoegd na het uitbrengen (het staat niet in het manifest)",
};

function fixFor(problems: readonly EditionProblem[]): string {
  const restore = problems.filter((problem) => problem.kind !== "added").map((problem) => problem.file);
  const remove = problems.filter((problem) => problem.kind === "added").map((problem) => problem.file);
  const steps: string[] = [];
  if (restore.length > 0) steps.push(`Zet terug wat er stond: git checkout -- ${restore.join(" ")}`);
  if (remove.length > 0) steps.push(`Haal weg wat er niet hoort: ${remove.join(", ")}`);
  return steps.join("\n");
}

/** Checks every edition; returns them (oldest first) when all are as released. */
export function verifyEditions(root: string): Edition[] {
  const editions = listEditions(root);
  const problems = editions.flatMap((edition) => editionProblems(root, edition));
  if (problems.length === 0) return editions;
  const versions = [...new Set(problems.map((problem) => problem.file.split("/")[1]))];
  const lines = problems.map((problem) => `  - ${formatWhere({ file: problem.file })} ${problemText[problem.kind]}`);
  throw new EditionError(
    `Een uitgebrachte versie is veranderd (${versions.map((version) => `versie ${version}`).join(", ")}). ` +
      `Een uitgebrachte versie verandert nooit: de raad en de inwoners hebben precies die tekst gelezen, en ${manifestFile} legt elk bestand vast.\n` +
      `${lines.join("\n")}\n` +
      `${fixFor(problems)}\n` +
      // No file name with "document" in it: Astro then replaces the hint with advice about browser APIs.
      "Wilt u de tekst veranderen? Doe dat in src/content/chapters/ (of de cijfers in data/) en breng daarna een nieuwe versie uit: verhoog het versienummer en draai npm run edition.",
    { location: { file: problems[0]!.file } },
  );
}
