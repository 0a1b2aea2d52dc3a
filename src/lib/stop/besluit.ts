/** besluit.xml: the AanleveringBesluit (LVBB 1.2.0) with the BesluitVersie, whose BesluitCompact
 * holds one WijzigArtikel and, in its WijzigBijlage, the regeling: whole for the first edition, as
 * a RegelingMutatie from the edition before for every later one, and the RegelingVersieInformatie. */
import type { DocumentInfo } from "../../schemas/document.ts";
import { t } from "../../i18n/t.ts";
import type { PublicationFacts } from "./facts.ts";
import { besluitExpression, besluitWork, bevoegdGezag, componentnaam, stopVersion } from "./identifiers.ts";
import { besluitMetadata, besluitTitle, consolidatieInformatie, expressionIdentificatie, procedureverloop, regelingMetadata, regelingVersieMetadata } from "./metadata.ts";
import type { RegelingText } from "./regeling.ts";
import { namespaces, schemaversie } from "./waardelijsten.ts";
import { el, type XmlElement } from "./xml.ts";

const artikel = "art_I";
const bijlage = "cmp_A";

export interface BesluitInput {
  info: DocumentInfo;
  facts: PublicationFacts;
  regelingWork: string;
  regelingExpression: string;
  text: RegelingText;
  /** From the edition before: its expression and the mutation to this one, when anything changed. */
  mutation: XmlElement | undefined;
}

function ids(eId: string, info: DocumentInfo): Record<string, string> {
  return { eId, wId: `${bevoegdGezag}_${stopVersion(info.version)}__${eId}` };
}

/** The aanhef or sluiting as the gemeente wrote it (document.json); left out while unknown. */
const formula = (name: "Aanhef" | "Sluiting", eId: string, paragraphs: string[] | undefined, info: DocumentInfo) =>
  paragraphs && paragraphs.length > 0 ? el(name, ids(eId, info), paragraphs.map((paragraph) => el("Al", {}, [paragraph]))) : undefined;

function besluitCompact({ info, facts, regelingExpression, text, mutation }: BesluitInput, title: string): XmlElement {
  const what = info.status === "concept" ? "ontwerp" : mutation ? "wijziging" : "vaststelling";
  const regeling = mutation ?? el("RegelingVrijetekst", { componentnaam, wordt: regelingExpression }, [text.opschrift, text.lichaam]);
  return el("BesluitCompact", { xmlns: namespaces.tekst }, [
    el("RegelingOpschrift", ids("longTitle", info), [el("Al", {}, [title])]),
    formula("Aanhef", "formula_1", facts.aanhef, info),
    el("Lichaam", ids("body", info), [
      el("WijzigArtikel", ids(artikel, info), [
        el("Kop", {}, [el("Label", {}, [t("stop.artikel.label")]), el("Nummer", {}, ["I"])]),
        el("Wat", {}, [t(`stop.wat.${what}`, { title: info.title, version: info.version }), el("IntRef", { ref: bijlage }, [t("stop.wat.bijlage")]), "."]),
      ]),
    ]),
    formula("Sluiting", "formula_2", facts.sluiting, info),
    el("WijzigBijlage", ids(bijlage, info), [
      el("Kop", {}, [el("Label", {}, [t("stop.bijlage.label")]), el("Nummer", {}, ["A"]), el("Opschrift", {}, [t("stop.bijlage.opschrift")])]),
      regeling,
    ]),
  ]);
}

export function aanleveringBesluit(input: BesluitInput): XmlElement {
  const { info, facts } = input;
  const title = besluitTitle(info, input.mutation !== undefined);
  return el("AanleveringBesluit", { xmlns: namespaces.aanlevering, schemaversie: schemaversie.lvbb }, [
    el("BesluitVersie", {}, [
      expressionIdentificatie(besluitWork(info), besluitExpression(info), "besluit"),
      besluitMetadata(info, facts, title),
      procedureverloop(info, facts),
      consolidatieInformatie(info, input.regelingExpression, artikel),
      besluitCompact(input, title),
    ]),
    el("RegelingVersieInformatie", {}, [
      expressionIdentificatie(input.regelingWork, input.regelingExpression, "regeling"),
      regelingVersieMetadata(info),
      regelingMetadata(info, facts),
    ]),
  ]);
}
