/** The regeling of one edition as STOP text: <RegelingOpschrift> and <Lichaam> with a <Divisie> per
 * chapter, every element identified (ids.ts), its ids taken over from the edition before. */
import type { DocumentSource } from "../editions/source.ts";
import { identify, resolveReferences } from "./ids.ts";
import type { RenvooiChanges } from "./renvooi-adapter.ts";
import { chapterDivisie } from "./text/chapter.ts";
import { anchors, type TextContext } from "./text/context.ts";
import { el, type XmlElement } from "./xml.ts";

export interface RegelingText {
  opschrift: XmlElement;
  lichaam: XmlElement;
  /** Each element → the same element in the edition before. */
  counterparts: Map<XmlElement, XmlElement>;
}

export function regelingText(source: DocumentSource, context: TextContext, version: string, previous?: { text: RegelingText; changes: RenvooiChanges }): RegelingText {
  const opschrift = el("RegelingOpschrift", {}, [el("Al", {}, [source.info.title])]);
  opschrift.anchor = anchors.opschrift;
  const lichaam = el("Lichaam", {}, source.model.chapters.map((chapter) => chapterDivisie(context, chapter)));
  lichaam.anchor = anchors.lichaam;
  const translate = (anchor: string) => previous?.changes.translate(anchor);
  const counterparts = new Map([
    ...identify(opschrift, version, previous && { root: previous.text.opschrift, translate }),
    ...identify(lichaam, version, previous && { root: previous.text.lichaam, translate }),
  ]);
  resolveReferences([lichaam]);
  return { opschrift, lichaam, counterparts };
}
