/** The facts of one edition's official publication, from its document.json: values, or nothing
 * while a fact is `onbekend` (it is then an open point and left out of the package, see
 * docs/redactiegids.md "Officieel bekendmaken"). The dates, the aanhef and the sluiting belong to
 * one edition's besluit. Facts about the gemeente and the regeling (its soort, the bestuursorgaan,
 * the OINs) are the same for every edition: an edition released before
 * they were known takes them from src/content/document.json as it is now. */
import { UNKNOWN } from "../../schemas/dataset.ts";
import type { DocumentInfo } from "../../schemas/document.ts";
import { soortBestuursorgaan, soortRegeling } from "./waardelijsten.ts";

export interface PublicationFacts {
  soortRegeling: string | undefined;
  soortBestuursorgaan: string | undefined;
  oinBevoegdGezag: string | undefined;
  oinAanleveraar: string | undefined;
  datumBekendmaking: string | undefined;
  /** The besluit's aanhef and sluiting, each as its paragraphs. */
  aanhef: string[] | undefined;
  sluiting: string[] | undefined;
  vastgesteldOp: string | undefined;
  ondertekendOp: string | undefined;
}

function known<T extends string>(value: T | typeof UNKNOWN | undefined): T | undefined {
  return value === undefined || value === UNKNOWN ? undefined : (value as T);
}

/** A text as its paragraphs: separated by an empty line. */
const paragraphs = (text: string | undefined) =>
  text
    ?.split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "");

export function publicationFacts(edition: DocumentInfo, current: DocumentInfo): PublicationFacts {
  const own = edition.publicatie ?? {};
  const lasting = { ...current.publicatie, ...Object.fromEntries(Object.entries(own).filter(([, value]) => value !== UNKNOWN)) };
  const soort = known(lasting.soortRegeling);
  const orgaan = known(lasting.bestuursorgaan);
  return {
    soortRegeling: soort && soortRegeling[soort],
    soortBestuursorgaan: orgaan && soortBestuursorgaan[orgaan],
    oinBevoegdGezag: known(lasting.oinBevoegdGezag),
    oinAanleveraar: known(lasting.oinAanleveraar),
    datumBekendmaking: known(own.datumBekendmaking),
    aanhef: paragraphs(known(own.aanhef)),
    sluiting: paragraphs(known(own.sluiting)),
    vastgesteldOp: known(own.vastgesteldOp),
    ondertekendOp: known(own.ondertekendOp),
  };
}
