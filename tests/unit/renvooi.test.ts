// The renvooi of two small documents written for the purpose: what a raadslid sees changed, word
// by word, and what is left out. Pure logic: models from MDX text, datasets from CSV text.
import { describe, expect, it } from "vitest";
import { buildDocumentModel } from "../../src/lib/content/model/index.ts";
import { loadDatasets } from "../../src/lib/datasets/load.ts";
import { compareDocuments, type ChangeItem, type Renvooi } from "../../src/lib/editions/renvooi.ts";
import type { DocumentSource } from "../../src/lib/editions/source.ts";
import { numberRanges, summaryLine } from "../../src/lib/editions/summary.ts";
import { files, META } from "./datasets-helpers.ts";

const frontmatter = (order: number, title: string) => `---\ntitle: ${title}\norder: ${order}\nsummary: Samenvatting.\nstatus: concept\n---\n`;

function source(version: string, chapters: Record<string, string>, csv = "gebied;aandeel;kwalificatie\nAssen;48;\nLariks;56;\n", meta = META): DocumentSource {
  const inputs = Object.entries(chapters).map(([id, text], index) => ({ id, file: `src/content/chapters/${id}.mdx`, text: frontmatter(index + 1, id) + text }));
  return {
    edition: version,
    info: { title: "Woonzorgvisie Assen", organisation: "Gemeente Assen", status: "concept", version, date: "2026-11-28" },
    model: buildDocumentModel(inputs),
    datasets: loadDatasets(files({ "eenzaamheid.csv": csv, "eenzaamheid.yaml": meta })),
  };
}

/** The text of a change as a reader of the HTML sees it, with [+ …] and [- …] for the marks. */
function marked(item: ChangeItem): string {
  return item.segments.map((s) => (s.change === "added" ? `[+${s.text}]` : s.change === "removed" ? `[-${s.text}]` : s.text)).join("");
}

const changes = (renvooi: Renvooi, chapter = 0) => renvooi.chapters[chapter]!.items.filter((item): item is ChangeItem => item.type === "change");

/** The same dataset at version 2, with its change-log entry. */
const metaVersion2 = META.replace("version: 1", "version: 2").replace(
  "    description: Eerste versie.\n",
  "    description: Eerste versie.\n  - version: 2\n    date: 2027-03-01\n    description: Cijfers van de Gezondheidsmonitor 2026.\n",
);

const base = [
  "Eerste alinea blijft zoals hij is.",
  "Veel mensen in Assen zijn bereid een ander te helpen. Ze doen dat vaak.",
  "Deze alinea verdwijnt helemaal uit de tekst.",
  'In Lariks voelt <Value of="eenzaamheid" row="Lariks" /> zich wel eens eenzaam.',
  "Laatste alinea blijft ook.",
];

describe("the renvooi of two editions", () => {
  it("marks a changed word, and only that, inside its paragraph", () => {
    const next = [...base];
    next[1] = "Veel inwoners van Assen zijn bereid een ander te helpen. Ze doen dat vaak.";
    const renvooi = compareDocuments(source("0.1", { a: base.join("\n\n") }), source("0.2", { a: next.join("\n\n") }));
    const [item] = changes(renvooi);
    expect(changes(renvooi)).toHaveLength(1);
    expect(item!.change).toBe("changed");
    expect(item!.number).toBe("1.2");
    expect(marked(item!)).toBe("Veel [-mensen in][+inwoners van] Assen zijn bereid een ander te helpen. Ze doen dat vaak.");
  });

  it("shows a removed paragraph whole, and names the paragraphs after it by both numbers", () => {
    const next = base.filter((_, index) => index !== 2);
    const renvooi = compareDocuments(source("0.1", { a: base.join("\n\n") }), source("0.2", { a: next.join("\n\n") }));
    const [removed] = changes(renvooi);
    expect(changes(renvooi)).toHaveLength(1);
    expect(removed).toMatchObject({ change: "removed", oldNumber: "1.3", number: undefined });
    expect(marked(removed!)).toBe("[-Deze alinea verdwijnt helemaal uit de tekst.]");
    expect(renvooi.chapters[0]!.counts).toMatchObject({ removed: 1, changed: 0, added: 0 });
    // Unchanged paragraphs are counted by their new numbers, not repeated.
    expect(renvooi.chapters[0]!.items.filter((item) => item.type === "gap").map((gap) => gap.type === "gap" && gap.numbers)).toEqual([["1.1", "1.2"], ["1.3", "1.4"]]);
  });

  it("shows a changed number as old and new, with both dataset versions", () => {
    const renvooi = compareDocuments(
      source("0.1", { a: base.join("\n\n") }),
      source("0.2", { a: base.join("\n\n") }, "gebied;aandeel;kwalificatie\nAssen;48;\nLariks;57;\n", metaVersion2),
    );
    const [item] = changes(renvooi);
    expect(changes(renvooi)).toHaveLength(1);
    expect(item).toMatchObject({ change: "numbers", number: "1.4", oldNumber: "1.4" });
    expect(marked(item!)).toBe("In Lariks voelt [-56%][+57%] zich wel eens eenzaam.");
    expect(renvooi.numberChanges).toHaveLength(1);
    const [change] = renvooi.numberChanges;
    expect([change!.old.text, change!.new.text, change!.old.dataset.meta.version, change!.new.dataset.meta.version, change!.new.row]).toEqual(["56%", "57%", 1, 2, "Lariks"]);
    expect(renvooi.totals).toMatchObject({ numbers: 1, changed: 0 });
  });

  it("lists a figure whose data changed with its dataset's change-log entry", () => {
    const withFigure = [...base, '<Figure id="eenzaamheid" dataset="eenzaamheid" type="bar" />'];
    const renvooi = compareDocuments(
      source("0.1", { a: withFigure.join("\n\n") }),
      source("0.2", { a: withFigure.join("\n\n") }, "gebied;aandeel;kwalificatie\nAssen;47;\nLariks;56;\n", metaVersion2),
    );
    const [figure] = changes(renvooi);
    expect(changes(renvooi)).toHaveLength(1);
    expect(figure).toMatchObject({ change: "data", kind: "figure", ordinal: 1 });
    expect(figure!.dataChange).toMatchObject({ oldVersion: 1, newVersion: 2, entries: [{ version: 2, description: "Cijfers van de Gezondheidsmonitor 2026." }] });
  });

  it("shows an added paragraph whole, and a rewritten one as removed and added", () => {
    const next = [...base];
    next.splice(1, 0, "Een geheel nieuwe alinea over wonen en zorg.");
    next[4] = "Iets totaal anders dan wat hier eerst stond, zonder één getal.";
    const renvooi = compareDocuments(source("0.1", { a: base.join("\n\n") }), source("0.2", { a: next.join("\n\n") }));
    expect(changes(renvooi).map((item) => [item.change, item.number ?? `was ${item.oldNumber}`])).toEqual([
      ["added", "1.2"],
      ["removed", "was 1.4"],
      ["added", "1.5"],
    ]);
  });

  it("finds no change between a document and itself, and says how many paragraphs it left out", () => {
    const renvooi = compareDocuments(source("0.1", { a: base.join("\n\n") }), source("0.2", { a: base.join("\n\n") }));
    expect(renvooi.chapters[0]!.status).toBe("same");
    expect(renvooi.chapters[0]!.items).toEqual([{ type: "gap", numbers: ["1.1", "1.2", "1.3", "1.4", "1.5"] }]);
    expect(summaryLine(renvooi)).toBe("Geen wijzigingen in de tekst of de cijfers.");
  });

  it("sums the changes up in one line", () => {
    const next = base.filter((_, index) => index !== 2);
    next[1] = "Veel inwoners van Assen zijn bereid een ander te helpen. Ze doen dat vaak.";
    const renvooi = compareDocuments(source("0.1", { a: base.join("\n\n"), b: "Tekst." }), source("0.2", { a: next.join("\n\n"), b: "Tekst." }));
    expect(summaryLine(renvooi)).toBe("1 alinea gewijzigd en 1 alinea verwijderd, in a.");
  });
});

describe("atoms in the word diff", () => {
  it("treats a figure reference and a footnote mark as one word each", () => {
    const before = ['Zie <Ref to="eenzaamheid" /> voor de cijfers.[^1]', '<Figure id="eenzaamheid" dataset="eenzaamheid" type="bar" />', "[^1]: Uit de monitor."];
    const after = ['Zie <Ref to="eenzaamheid" /> voor alle cijfers.[^1]', '<Figure id="eenzaamheid" dataset="eenzaamheid" type="bar" />', "[^1]: Uit de monitor van 2026."];
    const renvooi = compareDocuments(source("0.1", { a: before.join("\n\n") }), source("0.2", { a: after.join("\n\n") }));
    expect(changes(renvooi).map((item) => [item.kind, item.number ?? item.ordinal, marked(item)])).toEqual([
      ["paragraph", "1.1", "Zie figuur 1 voor [-de][+alle] cijfers.1"],
      ["footnote", 1, "Uit de monitor [+van 2026]."],
    ]);
  });

  it("names a figure by its new and old number when one was added before it", () => {
    const figure = (id: string) => `<Figure id="${id}" dataset="eenzaamheid" type="bar" title="Titel ${id}" />`;
    const renvooi = compareDocuments(
      source("0.1", { a: ["Tekst.", figure("b")].join("\n\n") }),
      source("0.2", { a: [figure("a"), "Tekst.", figure("b")].join("\n\n") }),
    );
    expect(changes(renvooi).map((item) => [item.change, item.identity, item.ordinal, item.oldOrdinal])).toEqual([["added", "a", 1, undefined]]);
  });
});

describe("paragraph numbers as ranges", () => {
  it("joins consecutive numbers", () => {
    expect(numberRanges(["2.1", "2.2", "2.3", "2.5", "2.7", "2.8"])).toBe("2.1–2.3, 2.5, 2.7–2.8");
    expect(numberRanges(["3.9", "3.10"])).toBe("3.9–3.10");
  });
});
