// The renvooi of two small documents written for the purpose: what a raadslid sees changed, word
// by word, and what is left out. Pure logic: models from MDX text, datasets from CSV text.
import { describe, expect, it } from "vitest";
import { buildDocumentModel } from "../../src/lib/content/model/index.ts";
import { loadDatasets } from "../../src/lib/datasets/load.ts";
import { changeMarks } from "../../src/lib/editions/change-marks.ts";
import { inForceBefore, type Edition } from "../../src/lib/editions/list.ts";
import { compareDocuments, wordsChanged, type ChangeItem, type Renvooi } from "../../src/lib/editions/renvooi.ts";
import type { DocumentSource } from "../../src/lib/editions/source.ts";
import { numberRanges, numberRangesWithWas, summaryLine, tableSummary } from "../../src/lib/editions/summary.ts";
import type { TableDiff } from "../../src/lib/editions/table-diff.ts";
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
    expect(renvooi.chapters[0]!.items).toEqual([{ type: "gap", numbers: ["1.1", "1.2", "1.3", "1.4", "1.5"], oldNumbers: ["1.1", "1.2", "1.3", "1.4", "1.5"] }]);
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

  it("gives the old numbers too when they differ", () => {
    const numbers = ["2.12", "2.13", "2.14", "2.15", "2.16", "2.17", "2.18", "2.19"];
    const old = numbers.map((number) => `2.${Number(number.split(".")[1]) + 1}`);
    expect(numberRangesWithWas(numbers, old)).toBe("2.12–2.19, was 2.13–2.20");
    expect(numberRangesWithWas(numbers, numbers)).toBe("2.12–2.19");
  });
});

/** A table of the renvooi as text: one line per row, "[-old][+new]" in changed cells, the row's change first. */
function cells(table: TableDiff | undefined): string[] {
  if (!table) return [];
  const cell = (segments: TableDiff["rows"][number]["cells"][number]["segments"]) =>
    segments.map((s) => (s.change === "added" ? `[+${s.text}]` : s.change === "removed" ? `[-${s.text}]` : s.text)).join("");
  return [
    `columns: ${table.columns.map((column) => `${cell(column.title)}${column.change === "same" ? "" : ` (${column.change})`}`).join(" | ")}`,
    ...table.rows.map((row) => `${row.change}: ${row.cells.map((c) => cell(c.segments)).join(" | ")}`),
  ];
}

describe("tables in the renvooi", () => {
  const csv = "gebied;aandeel;kwalificatie\nAssen;48;\nLariks;56;\nPeelo;40;\n";
  const table = '<DataTable dataset="eenzaamheid" />';

  it("marks each changed cell of a data table, old and new, and nothing else", () => {
    const renvooi = compareDocuments(source("0.1", { a: ["Tekst.", table].join("\n\n") }, csv), source("0.2", { a: ["Tekst.", table].join("\n\n") }, csv.replace("Lariks;56", "Lariks;57"), metaVersion2));
    const [item] = changes(renvooi);
    expect(changes(renvooi)).toHaveLength(1);
    expect(item).toMatchObject({ change: "data", kind: "data-table", identity: "eenzaamheid", dataChange: { oldVersion: 1, newVersion: 2 } });
    expect(cells(item!.table)).toEqual(["columns: Gebied | Aandeel (%)", "same: Assen | 48", "changed: Lariks | [-56][+57]", "same: Peelo | 40"]);
    expect(item!.table).toMatchObject({ rowHeaders: true, changedCells: 1 });
    expect(tableSummary(item!.table!)).toBe("1 cel gewijzigd.");
  });

  it("marks rows that were added or removed, a removed row where it stood", () => {
    const next = "gebied;aandeel;kwalificatie\nAssen;48;\nPeelo;41;\nKloosterveen;30;\n";
    const renvooi = compareDocuments(source("0.1", { a: table }, csv), source("0.2", { a: table }, next, metaVersion2));
    const [item] = changes(renvooi);
    expect(cells(item!.table)).toEqual([
      "columns: Gebied | Aandeel (%)",
      "same: Assen | 48",
      "removed: [-Lariks] | [-56]",
      "changed: Peelo | [-40][+41]",
      "added: [+Kloosterveen] | [+30]",
    ]);
    expect(tableSummary(item!.table!)).toBe("1 cel gewijzigd, 1 rij toegevoegd en 1 rij verwijderd.");
  });

  it("shows only the columns and rows the tag shows", () => {
    const tag = '<DataTable dataset="eenzaamheid" columns={["aandeel"]} rows={["Assen"]} />';
    const renvooi = compareDocuments(source("0.1", { a: tag }, csv), source("0.2", { a: tag }, csv.replace("Lariks;56", "Lariks;57"), metaVersion2));
    // The dataset has a new version, but the cells this table shows are the same.
    const [item] = changes(renvooi);
    expect(item).toMatchObject({ change: "data", table: undefined });
  });

  it("shows a chart's table of values with the changed cell, under its dataset versions", () => {
    const figure = '<Figure id="eenzaamheid" dataset="eenzaamheid" type="bar" />';
    const renvooi = compareDocuments(source("0.1", { a: figure }, csv), source("0.2", { a: figure }, csv.replace("Assen;48", "Assen;47"), metaVersion2));
    const [item] = changes(renvooi);
    expect(item).toMatchObject({ change: "data", kind: "figure", dataChange: { oldVersion: 1, newVersion: 2 } });
    expect(cells(item!.table)).toEqual(["columns: Gebied | Aandeel (%)", "changed: Assen | [-48][+47]", "same: Lariks | 56", "same: Peelo | 40"]);
  });

  it("diffs the cells of a Markdown table word by word, and marks an added row", () => {
    const before = "| Wijk | Situatie |\n| --- | --- |\n| Lariks | vraagt aandacht |\n| Peelo | goed |";
    const after = "| Wijk | Situatie |\n| --- | --- |\n| Lariks | vraagt veel aandacht |\n| Peelo | goed |\n| Pittelo | redelijk |";
    const renvooi = compareDocuments(source("0.1", { a: ["Tekst.", before].join("\n\n") }), source("0.2", { a: ["Tekst.", after].join("\n\n") }));
    const [item] = changes(renvooi);
    expect(changes(renvooi)).toHaveLength(1);
    expect(item).toMatchObject({ change: "changed", kind: "table" });
    expect(cells(item!.table)).toEqual(["columns: Wijk | Situatie", "changed: Lariks | vraagt [+veel ]aandacht", "same: Peelo | goed", "added: [+Pittelo] | [+redelijk]"]);
  });
});

describe("moved text", () => {
  const paragraphs = [
    "Eerste alinea over wonen in de wijk.",
    "Tweede alinea: inwoners willen zo lang mogelijk thuis blijven wonen, met zorg dichtbij huis en een buurt die helpt.",
    "Derde alinea over ontmoeten in de buurt.",
    "Vierde alinea over mantelzorg en vrijwilligers.",
    "Vijfde alinea over het personeelstekort in de zorg.",
  ];

  it("shows a paragraph that moved unchanged once, as moved, with both numbers", () => {
    const next = [paragraphs[0]!, paragraphs[2]!, paragraphs[3]!, paragraphs[1]!, paragraphs[4]!];
    const renvooi = compareDocuments(source("0.1", { a: paragraphs.join("\n\n") }), source("0.2", { a: next.join("\n\n") }));
    expect(changes(renvooi).map((item) => [item.change, item.oldNumber, item.number, marked(item)])).toEqual([["moved", "1.2", "1.4", paragraphs[1]]]);
    expect(wordsChanged(changes(renvooi)[0]!)).toBe(false);
    expect(renvooi.totals).toMatchObject({ moved: 1, added: 0, removed: 0, changed: 0 });
    expect(summaryLine(renvooi)).toBe("1 alinea verplaatst, in a.");
    // Around it, the paragraphs left out, by their numbers in both editions.
    expect(renvooi.chapters[0]!.items.flatMap((item) => (item.type === "gap" ? [numberRangesWithWas(item.numbers, item.oldNumbers)] : []))).toEqual(["1.1–1.3, was 1.1, 1.3–1.4", "1.5"]);
  });

  it("shows a paragraph that moved nearly unchanged as moved, with its changed word marked", () => {
    const next = [paragraphs[0]!, paragraphs[2]!, paragraphs[3]!, paragraphs[4]!, paragraphs[1]!.replace("zorg", "ondersteuning")];
    const renvooi = compareDocuments(source("0.1", { a: paragraphs.join("\n\n") }), source("0.2", { a: next.join("\n\n") }));
    const [item] = changes(renvooi);
    expect(changes(renvooi)).toHaveLength(1);
    expect(item).toMatchObject({ change: "moved", oldNumber: "1.2", number: "1.5" });
    expect(marked(item!)).toBe("Tweede alinea: inwoners willen zo lang mogelijk thuis blijven wonen, met [-zorg][+ondersteuning] dichtbij huis en een buurt die helpt.");
    expect(wordsChanged(item!)).toBe(true);
  });

  it("finds a paragraph that moved to another chapter, and says which chapter it came from", () => {
    const long = "Deze alinea is lang genoeg om ook in een ander hoofdstuk als dezelfde alinea te gelden.";
    const renvooi = compareDocuments(
      source("0.1", { a: ["Tekst van a.", long].join("\n\n"), b: "Tekst van b." }),
      source("0.2", { a: "Tekst van a.", b: ["Tekst van b.", long].join("\n\n") }),
    );
    expect(changes(renvooi, 0)).toEqual([]);
    expect(changes(renvooi, 1).map((item) => [item.change, item.oldChapterId, item.oldNumber, item.number])).toEqual([["moved", "a", "1.2", "2.2"]]);
  });

  it("keeps a rewritten paragraph removed and added, and a short heading in another chapter as two changes", () => {
    const rewritten = [paragraphs[0]!, paragraphs[2]!, paragraphs[3]!, "Over zorg dichtbij huis schrijven we nu iets heel anders.", paragraphs[4]!];
    expect(changes(compareDocuments(source("0.1", { a: paragraphs.join("\n\n") }), source("0.2", { a: rewritten.join("\n\n") }))).map((item) => item.change)).toEqual([
      "removed",
      "added",
    ]);
    const renvooi = compareDocuments(source("0.1", { a: "## Ambities\n\nTekst.", b: "Tekst." }), source("0.2", { a: "Tekst.", b: "## Ambities\n\nTekst." }));
    expect([...changes(renvooi, 0), ...changes(renvooi, 1)].map((item) => item.change)).toEqual(["removed", "added"]);
  });
});

describe("renumbering is no change", () => {
  it("leaves the paragraph after an added footnote alone, though its footnote went from 1 to 2", () => {
    const before = ["Eerste alinea zonder voetnoot.", "Tweede alinea met een voetnoot.<Footnote>Uit de monitor.</Footnote>"];
    const after = ["Eerste alinea met een nieuwe voetnoot.<Footnote>Nieuwe bron.</Footnote>", "Tweede alinea met een voetnoot.<Footnote>Uit de monitor.</Footnote>"];
    const renvooi = compareDocuments(source("0.1", { a: before.join("\n\n") }), source("0.2", { a: after.join("\n\n") }));
    expect(changes(renvooi).map((item) => [item.kind, item.change, item.number ?? item.ordinal, marked(item)])).toEqual([
      ["paragraph", "changed", "1.1", "Eerste alinea [-zonder][+met een nieuwe] voetnoot.[+1]"],
      ["footnote", "added", 1, "[+Nieuwe bron.]"],
    ]);
    expect(renvooi.chapters[0]!.items.filter((item) => item.type === "gap")).toEqual([{ type: "gap", numbers: ["1.2"], oldNumbers: ["1.2"] }]);
  });

  it("leaves a reference alone whose figure got another number", () => {
    const figure = (id: string) => `<Figure id="${id}" dataset="eenzaamheid" type="bar" title="Titel ${id}" />`;
    const renvooi = compareDocuments(
      source("0.1", { a: ['Zie <Ref to="b" />.', figure("b")].join("\n\n") }),
      source("0.2", { a: [figure("a"), 'Zie <Ref to="b" />.', figure("b")].join("\n\n") }),
    );
    expect(changes(renvooi).map((item) => [item.change, item.identity])).toEqual([["added", "a"]]);
  });

  it("still marks a reference that now names another figure", () => {
    const figure = (id: string) => `<Figure id="${id}" dataset="eenzaamheid" type="bar" title="Titel ${id}" />`;
    const renvooi = compareDocuments(
      source("0.1", { a: ['De cijfers staan in <Ref to="a" /> hieronder.', figure("a"), figure("b")].join("\n\n") }),
      source("0.2", { a: ['De cijfers staan in <Ref to="b" /> hieronder.', figure("a"), figure("b")].join("\n\n") }),
    );
    expect(changes(renvooi).map(marked)).toEqual(["De cijfers staan in [-figuur 1][+figuur 2] hieronder."]);
  });
});

describe("marks in the text", () => {
  it("marks each changed, added and moved paragraph, linking to its entry, and nothing unchanged", () => {
    const moving = "Vijf verhuist naar het begin van dit hoofdstuk.";
    const paragraphs = ["Een.", "Twee wordt anders.", "Drie blijft.", "Vier gaat weg.", moving];
    const next = [moving, "Een.", "Twee is anders.", "Drie blijft.", "Nieuw."];
    const renvooi = compareDocuments(source("0.1", { a: paragraphs.join("\n\n") }), source("0.2", { a: next.join("\n\n") }));
    const marks = changeMarks(renvooi, "/wijzigingen/").get("a")!;
    expect(Object.fromEntries([...marks].map(([number, mark]) => [number, `${mark.label} → ${mark.href}`]))).toEqual({
      "1.1": "verplaatst in 0.2 → /wijzigingen/#wijziging-1-1",
      "1.3": "gewijzigd in 0.2 → /wijzigingen/#wijziging-1-3",
      "1.5": "nieuw in 0.2 → /wijzigingen/#wijziging-1-5",
    });
  });

  it("makes none when nothing changed", () => {
    expect(changeMarks(compareDocuments(source("0.1", { a: base.join("\n\n") }), source("0.2", { a: base.join("\n\n") })), "/wijzigingen/").size).toBe(0);
  });
});

describe("the text in force", () => {
  const edition = (version: string, status: Edition["status"]) => ({ version, status }) as Edition;

  it("is the last vastgesteld edition before a version, when it is not the edition before", () => {
    const editions = [edition("0.1", "concept"), edition("1.0", "vastgesteld"), edition("1.1", "concept"), edition("1.2", "concept")];
    expect(inForceBefore(editions, "1.3")?.version).toBe("1.0");
    expect(inForceBefore(editions, "1.2")?.version).toBe("1.0");
    // 1.1 is compared with 1.0 anyway, as the edition before it.
    expect(inForceBefore(editions, "1.1")).toBeUndefined();
    expect(inForceBefore(editions, "1.0")).toBeUndefined();
    expect(inForceBefore([edition("0.1", "concept")], "0.2")).toBeUndefined();
    expect(inForceBefore([...editions, edition("2.0", "vastgesteld"), edition("2.1", "concept")], "2.2")?.version).toBe("2.0");
  });
});
