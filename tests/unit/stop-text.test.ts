// The STOP text of small documents written for the purpose: ids that stay with their paragraph
// from one edition to the next, and a wijzigingsbesluit that marks exactly what the renvooi marks.
import { describe, expect, it } from "vitest";
import { buildDocumentModel } from "../../src/lib/content/model/index.ts";
import { loadDatasets } from "../../src/lib/datasets/load.ts";
import { compareDocuments } from "../../src/lib/editions/renvooi.ts";
import type { DocumentSource } from "../../src/lib/editions/source.ts";
import { overlay } from "../../src/lib/stop/mutation/overlay.ts";
import { regelingMutatie } from "../../src/lib/stop/mutation/mutatie.ts";
import { regelingText, type RegelingText } from "../../src/lib/stop/regeling.ts";
import { renvooiChanges } from "../../src/lib/stop/renvooi-adapter.ts";
import { textContext } from "../../src/lib/stop/text/context.ts";
import { serializeElement, type XmlElement } from "../../src/lib/stop/xml.ts";
import { parseXml } from "../support/stop-package.ts";
import { applyMutation, comparable } from "../support/stop-mutation.ts";
import { files, META } from "./datasets-helpers.ts";

const frontmatter = (order: number, title: string) => `---\ntitle: ${title}\norder: ${order}\nsummary: Samenvatting.\nstatus: concept\n---\n`;

function source(version: string, text: string, data?: { csv: string; meta?: string }): DocumentSource {
  return {
    edition: version,
    info: { title: "Woonzorgvisie Assen", organisation: "Gemeente Assen", status: "concept", version, date: "2026-11-28" },
    model: buildDocumentModel([{ id: "wijk", file: "src/content/chapters/wijk.mdx", text: frontmatter(1, "De wijk") + text }]),
    datasets: data ? loadDatasets(files({ "eenzaamheid.csv": data.csv, "eenzaamheid.yaml": data.meta ?? META })) : [],
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

/** The text of the edition before with the mutation carried out, and the text of this edition:
 * the same, ids included, when the mutation says all that changed. */
function consolidated(before: ReturnType<typeof render>, after: ReturnType<typeof render>): { was: string; wordt: string } {
  const dom = (element: XmlElement) => parseXml(serializeElement(element)).documentElement;
  return { was: comparable(applyMutation(dom(before.text.lichaam), dom(after.mutation!))), wordt: comparable(dom(after.text.lichaam)) };
}

/** The mutation's actions: name, the wId it names, and its renvooi marks in brief. */
function actions(mutation: XmlElement | undefined): string[] {
  const text = (element: XmlElement): string => element.children.map((child) => (typeof child === "string" ? child : text(child))).join("");
  const marks = (element: XmlElement): string[] =>
    element.children.flatMap((child) => {
      if (typeof child === "string") return [];
      if (child.name === "NieuweTekst") return [`+${text(child)}`];
      if (child.name === "VerwijderdeTekst") return [`-${text(child)}`];
      return [...(child.attributes.wijzigactie ? [`${child.name} ${child.attributes.wijzigactie}`] : []), ...marks(child)];
    });
  return (mutation?.children ?? []).map((child) => {
    const action = child as XmlElement;
    const where = action.attributes.wat ?? `${action.attributes.positie} ${action.attributes.context}`;
    const flags = action.attributes.revisie ? " revisie" : "";
    return `${action.name}${flags} ${where}: ${marks(action).join(" | ")}`.trimEnd();
  });
}

const paragraphs = [
  "Eerste alinea over wonen in de wijk, die in elke versie blijft staan zoals hij is.",
  "Tweede alinea: ouderen willen graag in hun eigen buurt blijven wonen, dichtbij familie.",
  "Derde alinea: er zijn te weinig woningen die geschikt zijn voor mensen met een zorgvraag.",
  "Vierde alinea: de gemeente bouwt samen met corporaties aan nieuwe woonvormen.",
  "Vijfde alinea: ontmoetingsplekken in de wijk maken het makkelijker om elkaar te helpen.",
];

describe("the wijzigingsbesluit on the renvooi's model of the changes", () => {
  const first = render(source("0.1", paragraphs.join("\n\n")));

  it("removes a deleted paragraph and leaves the ones after it, renumbered, as they are: same eId and wId, no action", () => {
    const second = render(source("0.2", paragraphs.filter((_, index) => index !== 1).join("\n\n")), first);
    expect(actions(second.mutation)).toEqual(["Verwijder gm0106_0-1__div_o_1__content_o_2:"]);
    expect(ids(second.text)).toEqual(Object.fromEntries(Object.entries(ids(first.text)).filter(([words]) => words !== "Tweede alinea:")));
    const { was, wordt } = consolidated(first, second);
    expect(was).toBe(wordt);
  });

  it("moves a paragraph as STOP can: removed where it stood, added where it stands now as a new element; the others keep their ids", () => {
    const moved = [paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[1], paragraphs[4]];
    const second = render(source("0.2", moved.join("\n\n")), first);
    expect(actions(second.mutation)).toEqual(["VoegToe volgtOp gm0106_0-1__div_o_1__content_o_4:", "Verwijder gm0106_0-1__div_o_1__content_o_2:"]);
    const voegToe = second.mutation!.children[0] as XmlElement;
    expect((voegToe.children[0] as XmlElement).attributes).toEqual({ eId: "div_o_1__content_o_6", wId: "gm0106_0-2__div_o_1__content_o_6" });
    const { "Tweede alinea:": movedIds, ...others } = ids(second.text);
    expect(movedIds).toBe("div_o_1__content_o_6 gm0106_0-2__div_o_1__content_o_6");
    expect(others).toEqual(Object.fromEntries(Object.entries(ids(first.text)).filter(([words]) => words !== "Tweede alinea:")));
    const { was, wordt } = consolidated(first, second);
    expect(was).toBe(wordt);
  });

  it("moves a list item inside its list: marked voegtoe where it stands now, put back marked verwijder where it stood", () => {
    const items = paragraphs.slice(1, 4).map((text) => `- ${text}`);
    const before = render(source("0.1", [paragraphs[0], items.join("\n")].join("\n\n")));
    const after = render(source("0.2", [paragraphs[0], [items[1], items[2], items[0]].join("\n")].join("\n\n")), before);
    expect(actions(after.mutation)).toEqual(["Vervang gm0106_0-1__div_o_1__content_o_2: Li verwijder | Li voegtoe"]);
    const { was, wordt } = consolidated(before, after);
    expect(was).toBe(wordt);
  });

  it("marks a renumbered footnote as a revision without renvooi marks, keeping its id; the new footnote comes with its mark", () => {
    const withNote = (index: number, note: string) => (text: string, at: number) => (at === index ? text.replace(/\.$/, `<Footnote>${note}</Footnote>.`) : text);
    const before = render(source("0.1", paragraphs.map(withNote(3, "Bron: het woononderzoek.")).join("\n\n")));
    const after = render(source("0.2", paragraphs.map(withNote(3, "Bron: het woononderzoek.")).map(withNote(1, "Ook buurtgenoten.")).join("\n\n")), before);
    expect(actions(after.mutation)).toEqual([
      "Vervang gm0106_0-1__div_o_1__content_o_2: +1Ook buurtgenoten.",
      // Footnote 1 is now 2: its number in the text changes, nothing of substance (revisie="1").
      "Vervang revisie gm0106_0-1__div_o_1__content_o_4:",
    ]);
    const notes = (text: RegelingText) => mutationXml(text.lichaam).match(/<Noot id="[^"]+" type="voet"><NootNummer>\d+/g);
    expect(notes(before.text)).toEqual(['<Noot id="noot_1" type="voet"><NootNummer>1']);
    expect(notes(after.text)).toEqual(['<Noot id="noot_0-2_1" type="voet"><NootNummer>1', '<Noot id="noot_1" type="voet"><NootNummer>2']);
    const { was, wordt } = consolidated(before, after);
    expect(was).toBe(wordt);
  });

  it("marks exactly the changed words of a paragraph whose footnote was renumbered", () => {
    const note = (text: string) => text.replace(/\.$/, "<Footnote>Bron: het woononderzoek.</Footnote>.");
    const before = render(source("0.1", [paragraphs[0], paragraphs[1], note(paragraphs[2]!)].join("\n\n")));
    const changed = note(paragraphs[2]!.replace("te weinig", "nog te weinig"));
    const after = render(source("0.2", [paragraphs[0], paragraphs[1]!.replace(/\.$/, "<Footnote>Ook buurtgenoten.</Footnote>."), changed].join("\n\n")), before);
    expect(actions(after.mutation)).toEqual(["Vervang gm0106_0-1__div_o_1__content_o_2: +1Ook buurtgenoten.", "Vervang gm0106_0-1__div_o_1__content_o_3: +nog"]);
    const { was, wordt } = consolidated(before, after);
    expect(was).toBe(wordt);
  });

  it("removes a paragraph with a footnote while a later footnote takes its number: every Noot id stays unique", () => {
    const note = (text: string, words: string) => text.replace(/\.$/, `<Footnote>${words}</Footnote>.`);
    const before = render(source("0.1", [paragraphs[0], note(paragraphs[1]!, "Eerste noot."), note(paragraphs[2]!, "Tweede noot.")].join("\n\n")));
    const after = render(source("0.2", [paragraphs[0], note(paragraphs[2]!, "Tweede noot.")].join("\n\n")), before);
    expect(actions(after.mutation)).toEqual(["Vervang revisie gm0106_0-1__div_o_1__content_o_3:", "Verwijder gm0106_0-1__div_o_1__content_o_2:"]);
    const ids = mutationXml(after.mutation).match(/<Noot id="[^"]+"/g);
    expect(ids).toEqual(['<Noot id="noot_2"', '<Noot id="noot_1"']);
    const { was, wordt } = consolidated(before, after);
    expect(was).toBe(wordt);
  });

  it("marks a changed cell of a data table in its entry, and the new dataset version in its source line", () => {
    const csv = "gebied;aandeel;kwalificatie\nAssen;48;\nLariks;56;\n";
    const metaVersion2 = META.replace("version: 1", "version: 2").replace("    description: Eerste versie.\n", "    description: Eerste versie.\n  - version: 2\n    date: 2027-03-01\n    description: Nieuwe cijfers.\n");
    const text = [paragraphs[0], '<DataTable dataset="eenzaamheid" />'].join("\n\n");
    const before = render(source("0.1", text, { csv }));
    const after = render(source("0.2", text, { csv: csv.replace("Lariks;56", "Lariks;57"), meta: metaVersion2 }), before);
    expect(actions(after.mutation)).toEqual(["Vervang gm0106_0-1__div_o_1__content_o_2: -56 | +57 | -1 | +2"]);
    const xml = mutationXml(after.mutation);
    expect(xml).toContain("<row><entry colname=\"col1\"><Al>Lariks</Al></entry><entry colname=\"col2\"><Al><VerwijderdeTekst>56</VerwijderdeTekst><NieuweTekst>57</NieuweTekst></Al></entry></row>");
    expect(xml).toContain("Dataset versie <VerwijderdeTekst>1</VerwijderdeTekst><NieuweTekst>2</NieuweTekst>.</Bron>");
    const { was, wordt } = consolidated(before, after);
    expect(was).toBe(wordt);
  });

  it("moves a data table as it moves a paragraph: removed where it stood, added where it stands now", () => {
    const csv = "gebied;aandeel;kwalificatie\nAssen;48;\nLariks;56;\n";
    const table = '<DataTable dataset="eenzaamheid" />';
    const before = render(source("0.1", [paragraphs[0], table, paragraphs[1], paragraphs[2]].join("\n\n"), { csv }));
    const after = render(source("0.2", [paragraphs[0], paragraphs[1], paragraphs[2], table].join("\n\n"), { csv }), before);
    expect(actions(after.mutation)).toEqual(["VoegToe volgtOp gm0106_0-1__div_o_1__content_o_4:", "Verwijder gm0106_0-1__div_o_1__content_o_2:"]);
    const { was, wordt } = consolidated(before, after);
    expect(was).toBe(wordt);
  });

  it("marks a row added to a data table voegtoe and puts a removed one back where it stood, marked verwijder", () => {
    const csv = "gebied;aandeel;kwalificatie\nAssen;48;\nLariks;56;\nPeelo;40;\n";
    const text = '<DataTable dataset="eenzaamheid" />';
    const before = render(source("0.1", text, { csv }));
    const after = render(source("0.2", text, { csv: "gebied;aandeel;kwalificatie\nAssen;48;\nPeelo;40;\nKloosterveen;30;\n" }), before);
    expect(actions(after.mutation)).toEqual(["Vervang gm0106_0-1__div_o_1__content_o_1: row verwijder | row voegtoe"]);
    const { was, wordt } = consolidated(before, after);
    expect(was).toBe(wordt);
  });
});
