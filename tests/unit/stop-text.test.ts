// The STOP text of small documents written for the purpose: ids that stay with their paragraph
// from one edition to the next, and a wijzigingsbesluit that marks exactly what the renvooi marks.
import { describe, expect, it } from "vitest";
import { buildDocumentModel } from "../../src/lib/content/model/index.ts";
import { compareDocuments } from "../../src/lib/editions/renvooi.ts";
import type { DocumentSource } from "../../src/lib/editions/source.ts";
import { overlay } from "../../src/lib/stop/mutation/overlay.ts";
import { regelingMutatie } from "../../src/lib/stop/mutation/mutatie.ts";
import { regelingText, type RegelingText } from "../../src/lib/stop/regeling.ts";
import { renvooiChanges } from "../../src/lib/stop/renvooi-adapter.ts";
import { textContext } from "../../src/lib/stop/text/context.ts";
import { serializeElement, type XmlElement } from "../../src/lib/stop/xml.ts";

const frontmatter = (order: number, title: string) => `---\ntitle: ${title}\norder: ${order}\nsummary: Samenvatting.\nstatus: concept\n---\n`;

function source(version: string, text: string): DocumentSource {
  return {
    edition: version,
    info: { title: "Woonzorgvisie Assen", organisation: "Gemeente Assen", status: "concept", version, date: "2026-11-28" },
    model: buildDocumentModel([{ id: "wijk", file: "src/content/chapters/wijk.mdx", text: frontmatter(1, "De wijk") + text }]),
    datasets: [],
  };
}

function render(document: DocumentSource, previous?: { text: RegelingText; source: DocumentSource }) {
  const changes = previous && renvooiChanges(compareDocuments(previous.source, document));
  const context = textContext(document.model, document.datasets, "https://woonzorgvisie.assen.nl", new Map());
  const text = regelingText(document, context, document.info.version, previous && changes && { text: previous.text, changes });
  const mutation = previous && changes && regelingMutatie(text.lichaam, previous.text.lichaam, text.counterparts, changes, { componentnaam: "woonzorgvisie", was: "was", wordt: "wordt" });
  return { text, mutation, source: document };
}

/** eId and wId of each paragraph's Divisietekst, by its first words. */
function ids(text: RegelingText): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (element: XmlElement) => {
    if (element.name === "Divisietekst") {
      const words = serializeElement(element).replace(/<[^>]+>/g, " ").trim().split(/\s+/).slice(0, 2).join(" ");
      result[words] = `${element.attributes.eId} ${element.attributes.wId}`;
    }
    for (const child of element.children) if (typeof child === "object") walk(child);
  };
  walk(text.lichaam);
  return result;
}

const mutationXml = (mutation: XmlElement | undefined) => (mutation ? serializeElement(mutation).replace(/\s*\n\s*/g, "") : "");

describe("eId and wId across editions", () => {
  const first = render(source("0.1", "Alinea een.\n\nAlinea twee.\n\nAlinea drie.\n"));

  it("number the paragraphs in order in the first edition, the wId naming the edition", () => {
    expect(ids(first.text)).toEqual({
      "Alinea een.": "div_o_1__content_o_1 gm0106_0-1__div_o_1__content_o_1",
      "Alinea twee.": "div_o_1__content_o_2 gm0106_0-1__div_o_1__content_o_2",
      "Alinea drie.": "div_o_1__content_o_3 gm0106_0-1__div_o_1__content_o_3",
    });
  });

  it("stay with their paragraph when one is inserted before them; the new one gets the next ordinal and this edition's wId", () => {
    const second = render(source("0.2", "Alinea een.\n\nEen nieuwe alinea.\n\nAlinea twee.\n\nAlinea drie.\n"), first);
    expect(ids(second.text)).toEqual({
      "Alinea een.": "div_o_1__content_o_1 gm0106_0-1__div_o_1__content_o_1",
      "Een nieuwe": "div_o_1__content_o_4 gm0106_0-2__div_o_1__content_o_4",
      "Alinea twee.": "div_o_1__content_o_2 gm0106_0-1__div_o_1__content_o_2",
      "Alinea drie.": "div_o_1__content_o_3 gm0106_0-1__div_o_1__content_o_3",
    });
    expect(mutationXml(second.mutation)).toBe(
      '<RegelingMutatie componentnaam="woonzorgvisie" was="was" wordt="wordt"><VoegToe positie="volgtOp" context="gm0106_0-1__div_o_1__content_o_1"><Divisietekst eId="div_o_1__content_o_4" wId="gm0106_0-2__div_o_1__content_o_4"><Inhoud><Al>Een nieuwe alinea.</Al></Inhoud></Divisietekst></VoegToe></RegelingMutatie>',
    );
  });
});

describe("the wijzigingsbesluit", () => {
  const before = render(source("0.1", "## Wonen in de wijk\n\nWe bouwen veel woningen.\n\n- eerste punt\n- tweede punt\n"));

  it("replaces a heading with VervangKop, marking the changed word", () => {
    const after = render(source("0.2", "## Wonen in de buurt\n\nWe bouwen veel woningen.\n\n- eerste punt\n- tweede punt\n"), before);
    expect(mutationXml(after.mutation)).toContain('<VervangKop wat="gm0106_0-1__div_o_1__div_o_1"><Kop><Opschrift>Wonen in de <VerwijderdeTekst>wijk</VerwijderdeTekst><NieuweTekst>buurt</NieuweTekst></Opschrift></Kop></VervangKop>');
  });

  it("replaces a list whose items changed, a new item marked voegtoe, a gone one verwijder", () => {
    const after = render(source("0.2", "## Wonen in de wijk\n\nWe bouwen veel woningen.\n\n- eerste punt, aangevuld\n- derde punt\n"), before);
    const xml = mutationXml(after.mutation);
    expect(xml).toContain('<Vervang wat="gm0106_0-1__div_o_1__div_o_1__content_o_2">');
    expect(xml).toContain("<Al>eerste punt<NieuweTekst>, aangevuld</NieuweTekst></Al>");
    expect(xml).toMatch(/<Li eId="[^"]+" wId="gm0106_0-1__[^"]+item_o_2" wijzigactie="verwijder"><Al>tweede punt<\/Al><\/Li>/);
    expect(xml).toMatch(/<Li eId="[^"]+" wId="gm0106_0-2__[^"]+" wijzigactie="voegtoe"><Al>derde punt<\/Al><\/Li>/);
  });

  it("says nothing when nothing changed", () => {
    expect(render(source("0.2", "## Wonen in de wijk\n\nWe bouwen veel woningen.\n\n- eerste punt\n- tweede punt\n"), before).mutation).toBeUndefined();
  });
});

describe("marking changed words", () => {
  it("puts what was removed back where it stood and wraps what was added", () => {
    const segments = [
      { change: "same", kind: "text", text: "Veel " },
      { change: "removed", kind: "text", text: "mensen" },
      { change: "added", kind: "text", text: "inwoners" },
      { change: "same", kind: "text", text: " helpen." },
    ] as const;
    expect(overlay(["Veel inwoners helpen."], ["Veel mensen helpen."], [...segments])).toEqual([
      "Veel ",
      { name: "VerwijderdeTekst", attributes: {}, children: ["mensen"] },
      { name: "NieuweTekst", attributes: {}, children: ["inwoners"] },
      " helpen.",
    ]);
  });

  it("gives up (the caller replaces the unit whole) when the renvooi's words are not the two texts", () => {
    expect(overlay(["Iets anders."], ["Veel mensen helpen."], [{ change: "same", kind: "text", text: "Veel mensen helpen." }])).toBeUndefined();
  });
});
