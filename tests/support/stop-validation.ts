import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DOMParser } from "linkedom";
import { projectRoot } from "./paths.ts";
import { findStandardsFolder } from "./shacl.ts";

/**
 * Validation of STOP packages against the standard's own files in shared/standards/stop-1.3.0/:
 * the XSDs with libxml2 (`xmllint --nonet`, the catalogs resolving the official schema addresses
 * to the local files) and the schematrons with Saxon-HE. Each schematron is compiled once into
 * an XSLT (kept in node_modules/.cache/ until a .sch or XSLT file changes), and all schematrons
 * run over all files in one JVM, which starts slowly.
 */

export const stopStandardsFolder = "shared/standards/stop-1.3.0";

export const stopSchematrons = [
  "stop/imop-tekst.sch",
  "stop/imop-tekstmutaties.sch",
  "stop/imop-aknjoin.sch",
  "stop/imop-metadata.sch",
  "stop/imop-procedure.sch",
  "stop/imop-consolidatie.sch",
  "lvbb/lvbb-aanlevering.sch",
] as const;

const saxonJar = "/usr/share/java/Saxon-HE.jar";
const install = "sudo apt-get install -y libxml2-utils libsaxonhe-java default-jre-headless";

export interface Finding {
  /** "xsd" or the schematron's file name ("imop-tekst.sch"). */
  source: string;
  /** File name as passed in. */
  file: string;
  /** The rule: "STOP0020", "BHKV1005"; for the XSD the element the error is about. */
  id: string;
  /** "fout", "waarschuwing", "ontraden"; every XSD error is a "fout". */
  role: string;
  /** The standard's own message ("melding"). */
  message: string;
  location: string;
}

export function stopStandards(): string {
  return findStandardsFolder(stopStandardsFolder, "The STOP 1.3.0 and LVBB 1.2.0 schemas");
}

function need(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) throw new Error(`STOP validation needs ${what}, which is missing. On Debian: ${install}`);
}

function uri(file: string): string {
  return pathToFileURL(file).href;
}

function saxon(args: string[]): string {
  need("java", ["-version"], "Java (Debian package default-jre-headless)");
  if (!existsSync(saxonJar)) throw new Error(`STOP validation needs Saxon-HE (${saxonJar}), which is missing. On Debian: ${install}`);
  const result = spawnSync("java", ["-cp", saxonJar, "net.sf.saxon.Transform", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`Saxon failed:\n${result.stderr}`);
  return result.stdout;
}

/** The compiled schematrons, compiled now when the cache has none for these files. */
export function compiledSchematrons(): string[] {
  const standards = stopStandards();
  const iso = path.join(standards, "schematron-xslt");
  const driver = path.join(projectRoot, "tests/support/stop/compile-schematrons.xsl");
  const hash = createHash("sha256");
  for (const file of [...stopSchematrons.map((name) => path.join(standards, name)), ...readdirSync(iso).map((name) => path.join(iso, name)), driver]) {
    hash.update(file).update("\0").update(readFileSync(file));
  }
  const cache = path.join(projectRoot, "node_modules/.cache/wzv-stop-schematron", hash.digest("hex").slice(0, 16));
  const compiled = stopSchematrons.map((name) => path.join(cache, `${path.basename(name)}.xsl`));
  if (compiled.every((file) => existsSync(file))) return compiled;
  // Compiled beside and moved into place whole: parallel test files never read half a cache.
  const fresh = `${cache}.${process.pid}`;
  mkdirSync(fresh, { recursive: true });
  saxon([`-xsl:${driver}`, "-it", `schemas=${stopSchematrons.map((name) => uri(path.join(standards, name))).join("|")}`, `iso=${uri(iso)}/`, `out=${uri(fresh)}/`]);
  if (!existsSync(cache)) renameSync(fresh, cache);
  else rmSync(fresh, { recursive: true, force: true });
  return compiled;
}

/** "{"code": "STOP0020", "melding": "…", "ernst": "fout"}," → its melding. */
function melding(text: string): string {
  try {
    const parsed = JSON.parse(`[${text.trim().replace(/,$/, "")}]`) as { melding?: string }[];
    return parsed.map((entry) => entry.melding ?? "").join(" ") || text;
  } catch {
    return text;
  }
}

/** Every failed assert and successful report of the seven schematrons on the files. */
export function schematronFindings(files: readonly string[]): Finding[] {
  if (files.length === 0) return [];
  const output = saxon([`-xsl:${path.join(projectRoot, "tests/support/stop/run-schematrons.xsl")}`, "-it", `stylesheets=${compiledSchematrons().map(uri).join("|")}`, `files=${files.map(uri).join("|")}`]);
  const document = new DOMParser().parseFromString(output, "text/xml");
  return [...document.querySelectorAll("finding")].map((node) => ({
    source: path.basename(node.getAttribute("schematron") ?? "").replace(/\.xsl$/, ""),
    file: files.find((file) => uri(file) === node.getAttribute("file")) ?? node.getAttribute("file") ?? "",
    id: node.getAttribute("id") ?? "",
    role: node.getAttribute("role") ?? "",
    message: melding(node.textContent ?? ""),
    location: node.getAttribute("location") ?? "",
  }));
}

/** The XSD each file of a package is valid against. */
function schemaOf(file: string, standards: string): string {
  return path.basename(file) === "besluit.xml" ? path.join(standards, "lvbb/lvbb-stop-aanlevering.xsd") : path.join(standards, "lvbb/lvbb-transport.xsd");
}

/** xmllint's errors for the files, one xmllint per schema. */
export function xsdFindings(files: readonly string[]): Finding[] {
  need("xmllint", ["--version"], "xmllint (Debian package libxml2-utils)");
  const standards = stopStandards();
  const bySchema = Map.groupBy(files, (file) => schemaOf(file, standards));
  const findings: Finding[] = [];
  for (const [schema, group] of bySchema) {
    const result = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schema, ...group], {
      encoding: "utf8",
      env: { ...process.env, XML_CATALOG_FILES: [path.join(standards, "stop/stop-catalog.xml"), path.join(standards, "lvbb/lvbb-catalog.xml")].join(" ") },
    });
    for (const line of result.stderr.split("\n")) {
      const match = /^(.*?):(\d+): element (\S+): Schemas validity error : (.*)$/.exec(line);
      if (match) findings.push({ source: "xsd", file: match[1]!, id: match[3]!, role: "fout", message: match[4]!, location: `line ${match[2]}` });
      else if (/error/i.test(line) && !/validates$|fails to validate$/.test(line)) findings.push({ source: "xsd", file: "", id: "", role: "fout", message: line, location: "" });
    }
  }
  return findings;
}

/** Both: the XSD and the seven schematrons, on every file. */
export function validateStop(files: readonly string[]): Finding[] {
  return [...xsdFindings(files), ...schematronFindings(files)];
}

/** Every XML file of the packages under these folders. */
export function packageXmlFiles(folders: readonly string[]): string[] {
  return folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith(".xml")).sort().map((name) => path.join(folder, name)));
}

export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.source} ${finding.id} ${finding.role} ${path.basename(path.dirname(finding.file))}/${path.basename(finding.file)}: ${finding.message}`).join("\n");
}
