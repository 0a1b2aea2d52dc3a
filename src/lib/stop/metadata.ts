/** The data parts of the besluit (namespace imop/data): identification, metadata of besluit and
 * regeling, procedure and consolidation. A fact that is not known is left out (facts.ts). */
import type { DocumentInfo } from "../../schemas/document.ts";
import { t } from "../../i18n/t.ts";
import type { PublicationFacts } from "./facts.ts";
import { doel, organisationRef, soortWork, stopVersion } from "./identifiers.ts";
import { namespaces, onderwerpen, procedurestap, soortProcedure } from "./waardelijsten.ts";
import { el, type XmlElement } from "./xml.ts";

const data = (name: string, children: Parameters<typeof el>[2] = []) => el(name, {}, children);
const value = (name: string, text: string | undefined) => text === undefined ? undefined : data(name, [text]);

export function expressionIdentificatie(work: string, expression: string, kind: keyof typeof soortWork): XmlElement {
  return el("ExpressionIdentificatie", { xmlns: namespaces.data }, [value("FRBRWork", work), value("FRBRExpression", expression), value("soortWork", soortWork[kind])]);
}

/** The tekst of the besluit's title: an ontwerpbesluit for a concept, else vaststelling or wijziging. */
export function besluitTitle(info: DocumentInfo, isAmendment: boolean): string {
  const kind = info.status === "concept" ? "ontwerp" : isAmendment ? "wijziging" : "vaststelling";
  return t(`stop.besluitTitle.${kind}`, { title: info.title });
}

function shared(facts: PublicationFacts, title: string): (XmlElement | undefined)[] {
  return [
    value("eindverantwoordelijke", organisationRef),
    value("maker", organisationRef),
    value("soortBestuursorgaan", facts.soortBestuursorgaan),
    value("officieleTitel", title),
  ];
}

function onderwerpenElement(): XmlElement {
  return data("onderwerpen", onderwerpen.map((onderwerp) => data("onderwerp", [onderwerp])));
}

export function besluitMetadata(info: DocumentInfo, facts: PublicationFacts, title: string): XmlElement {
  return el("BesluitMetadata", { xmlns: namespaces.data }, [
    ...shared(facts, title),
    onderwerpenElement(),
    value("soortProcedure", info.status === "concept" ? soortProcedure.ontwerp : soortProcedure.definitief),
  ]);
}

export function regelingMetadata(info: DocumentInfo, facts: PublicationFacts): XmlElement {
  return el("RegelingMetadata", { xmlns: namespaces.data }, [
    value("soortRegeling", facts.soortRegeling),
    ...shared(facts, info.title),
    data("heeftCiteertitelInformatie", [data("CiteertitelInformatie", [value("citeertitel", info.title), value("isOfficieel", "true")])]),
    onderwerpenElement(),
  ]);
}

export function regelingVersieMetadata(info: DocumentInfo): XmlElement {
  return el("RegelingVersieMetadata", { xmlns: namespaces.data }, [value("versienummer", stopVersion(info.version))]);
}

/** Only for a vastgesteld besluit, and only when its dates are known: vaststelling and ondertekening. */
export function procedureverloop(info: DocumentInfo, facts: PublicationFacts): XmlElement | undefined {
  if (info.status === "concept" || facts.ondertekendOp === undefined) return undefined;
  const stap = (kind: string, date: string | undefined) => date && data("Procedurestap", [value("soortStap", kind), value("voltooidOp", date)]);
  return el("Procedureverloop", { xmlns: namespaces.data }, [
    value("bekendOp", facts.ondertekendOp),
    data("procedurestappen", [stap(procedurestap.vaststelling, facts.vastgesteldOp), stap(procedurestap.ondertekening, facts.ondertekendOp)]),
  ]);
}

/** The regeling version this besluit brings about, under its own doel, by the WijzigArtikel. */
export function consolidatieInformatie(info: DocumentInfo, regelingExpression: string, artikelEId: string): XmlElement {
  return el("ConsolidatieInformatie", { xmlns: namespaces.data }, [
    data("BeoogdeRegelgeving", [data("BeoogdeRegeling", [data("doelen", [value("doel", doel(info))]), value("instrumentVersie", regelingExpression), value("eId", artikelEId)])]),
  ]);
}
