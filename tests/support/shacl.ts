import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import jsonld from "jsonld";
import { Parser, Store } from "n3";
import SHACLValidator from "rdf-validate-shacl";
import { projectRoot } from "./paths.ts";

/**
 * SHACL validation of our JSON-LD against the official DCAT-AP-NL 3.0 shapes, which live outside
 * the repository in shared/standards/ (beside the checkout; a worktree may sit one level deeper).
 */

export const standardsFolder = "shared/standards/dcat-ap-nl-3.0";

/** The profile's guidance: the DCAT-AP shapes and the DCAT-AP-NL shapes together; the
 * "aanbevolen" file reports recommended properties as warnings. */
const shapeFiles = [
  "dcat-ap-SHACL.ttl",
  "dcat-ap-nl-SHACL.ttl",
  "dcat-ap-nl-SHACL-klassebereik.ttl",
  "dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl",
  "dcat-ap-nl-SHACL-aanbevolen.ttl",
];

/** A folder of shared/standards/, beside the checkout (or a level or more above a worktree). */
export function findStandardsFolder(folder: string, what: string, from = projectRoot): string {
  for (let dir = path.resolve(from), up = 0; up < 4; dir = path.dirname(dir), up++) {
    const candidate = path.join(path.dirname(dir), folder);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${what} are not found: expected ${folder} beside the project (../shared/).`);
}

export function findStandards(from = projectRoot): string {
  return findStandardsFolder(standardsFolder, "The DCAT-AP-NL shapes", from);
}

function parse(text: string, format?: string): Store {
  return new Store(new Parser(format ? { format } : {}).parse(text));
}

export function dcatValidator(): SHACLValidator {
  const dir = findStandards();
  const shapes = new Store();
  for (const file of shapeFiles) shapes.addQuads(parse(readFileSync(path.join(dir, file), "utf8")).getQuads(null, null, null, null));
  return new SHACLValidator(shapes);
}

/** A JSON-LD document as RDF. Every context is inline: anything that would be fetched is an error. */
export async function jsonLdToStore(document: object): Promise<Store> {
  const nquads = (await jsonld.toRDF(document, {
    format: "application/n-quads",
    documentLoader: async (url: string) => {
      throw new Error(`The JSON-LD asks for ${url}; it must need nothing from the network.`);
    },
  } as jsonld.Options.ToRdf)) as unknown as string;
  return parse(nquads, "N-Quads");
}

export interface ShaclResult {
  severity: "Violation" | "Warning" | "Info";
  /** The shape, shortened for DCAT-AP-NL's own ("DistributionShape_license_minCount"). */
  shape: string;
  path: string;
  focus: string;
  component: string;
}

const nlShapes = "http://modellen.geostandaarden.nl/dcat-ap-nl/id/shape/300/";

export async function validate(validator: SHACLValidator, data: Store): Promise<ShaclResult[]> {
  const report = await validator.validate(data);
  return report.results.map((result) => ({
    severity: (result.severity?.value.split("#")[1] ?? "Violation") as ShaclResult["severity"],
    shape: (result.sourceShape?.value ?? "").replace(nlShapes, ""),
    path: result.path?.value ?? "",
    focus: result.focusNode?.value ?? "",
    component: (result.sourceConstraintComponent?.value ?? "").split("#")[1] ?? "",
  }));
}
