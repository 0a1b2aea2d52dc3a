/** The LVBB's delivery files: opdracht.xml (a validatieOpdracht: the LVBB checks the package and
 * publishes nothing) and manifest.xml (every file of the package). */
import { createHash } from "node:crypto";
import type { DocumentInfo } from "../../schemas/document.ts";
import type { PublicationFacts } from "./facts.ts";
import { stopVersion } from "./identifiers.ts";
import { namespaces } from "./waardelijsten.ts";
import { el, type XmlElement } from "./xml.ts";

export const besluitFile = "besluit.xml";
export const opdrachtFile = "opdracht.xml";
export const manifestFile = "manifest.xml";

/** One id per delivery: the version and the besluit's content, so a corrected package is a new delivery. */
export function idLevering(info: DocumentInfo, besluit: string): string {
  return `woonzorgvisie-${stopVersion(info.version)}-${createHash("sha256").update(besluit).digest("hex").slice(0, 12)}`;
}

export function validatieOpdracht(info: DocumentInfo, facts: PublicationFacts, besluit: string): XmlElement {
  const value = (name: string, text: string | undefined) => text !== undefined && el(name, {}, [text]);
  return el("validatieOpdracht", { xmlns: namespaces.lvbb }, [
    value("idLevering", idLevering(info, besluit)),
    value("idBevoegdGezag", facts.oinBevoegdGezag),
    value("idAanleveraar", facts.oinAanleveraar),
    value("publicatie", besluitFile),
    value("datumBekendmaking", facts.datumBekendmaking),
  ]);
}

export function manifest(files: readonly string[]): XmlElement {
  const contentType = (name: string) => (name.endsWith(".png") ? "image/png" : "application/xml");
  return el("manifest", { xmlns: namespaces.lvbb }, [manifestFile, ...files].map((name) => el("bestand", {}, [el("bestandsnaam", {}, [name]), el("contentType", {}, [contentType(name)])])));
}
