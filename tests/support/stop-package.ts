import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "linkedom";
import { unzipSync } from "fflate";

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
    inserted: [...action.getElementsByTagName("NieuweTekst")].map((node) => node.textContent ?? ""),
    removed: [...action.getElementsByTagName("VerwijderdeTekst")].map((node) => node.textContent ?? ""),
    wijzigacties: [...action.querySelectorAll("[wijzigactie]")].map((node) => `${node.localName} ${node.getAttribute("wijzigactie")}`),
  }));
}
