import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "linkedom";
import { unzipSync } from "fflate";
import { readDocumentInfo, siteAddressOnDisk } from "../../src/lib/content/document-info.ts";
import { editionPackages, publishedSources, type StopPackage } from "../../src/lib/stop/package.ts";
import { pngRenderer } from "../../src/lib/stop/png.ts";
import { chapterPageFile, chartOnPage } from "../../src/lib/stop/site-charts.ts";
import type { PublicationFacts } from "../../src/schemas/document.ts";
import { projectRoot } from "./paths.ts";

/** Facts for a test only, never for publication: what the gemeente would fill in. */
export const testFacts = {
  soortRegeling: "programma",
  bestuursorgaan: "gemeenteraad",
  oinBevoegdGezag: "00000000000000000001",
  oinAanleveraar: "00000000000000000002",
  datumBekendmaking: "2027-01-15",
  aanhef: "Aanhef voor de test.\n\nBesluit:",
  sluiting: "Sluiting voor de test.",
  vastgesteldOp: "2027-01-10",
  ondertekendOp: "2027-01-11",
} as const satisfies PublicationFacts;

/** The STOP packages of a built site (a project copy and its dist/), made again as its build made
 * them, or with other facts of the official publication in its document.json. */
export function sitePackages(site: { root: string; dist: string }, publicatie?: PublicationFacts): StopPackage[] {
  const current = { ...readDocumentInfo(site.root), ...(publicatie && { publicatie }) };
  return editionPackages({
    sources: publishedSources(site.root, current),
    current,
    siteUrl: siteAddressOnDisk(site.root),
    chartSvg: (edition, figureId, chapterId) => chartOnPage(readFileSync(path.join(site.dist, chapterPageFile(edition, chapterId)), "utf8"), figureId),
    draw: pngRenderer(path.join(projectRoot, "node_modules/.cache/wzv-stop-png")).draw,
  });
}

/** A built STOP package, read back: its files and its besluit as an XML document. */
export interface ReadPackage {
  folder: string;
  files: string[];
  besluit: Document;
  besluitText: string;
}

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
}

export function readPackage(folder: string, files: string[]): ReadPackage {
  const besluitText = readFileSync(path.join(folder, "besluit.xml"), "utf8");
  return { folder, files, besluit: parseXml(besluitText), besluitText };
}

/** The zip's entries, name → bytes. */
export function zipEntries(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(file)));
}

/** The children of an element with one of these names (linkedom's XML mode has no :scope). */
export function childrenNamed(element: Element, ...names: string[]): Element[] {
  return [...element.children].filter((child) => names.includes(child.localName));
}

/** The mutation's actions, each with what it names and the words it marks. */
export function mutationActions(besluit: Document) {
  const mutation = besluit.getElementsByTagName("RegelingMutatie")[0];
  if (!mutation) return [];
  return [...mutation.children].map((action) => ({
    action: action.localName,
    wat: action.getAttribute("wat") ?? action.getAttribute("context") ?? "",
    // "1" on a Vervang that is a revision only (a footnote renumbered); absent otherwise.
    revisie: action.getAttribute("revisie") ?? undefined,
    inserted: [...action.getElementsByTagName("NieuweTekst")].map((node) => node.textContent ?? ""),
    removed: [...action.getElementsByTagName("VerwijderdeTekst")].map((node) => node.textContent ?? ""),
    wijzigacties: [...action.querySelectorAll("[wijzigactie]")].map((node) => `${node.localName} ${node.getAttribute("wijzigactie")}`),
  }));
}
