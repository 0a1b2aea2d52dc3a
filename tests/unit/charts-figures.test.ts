import { describe, expect, it } from "vitest";
import { figureIndex, resolveFigureRef } from "../../src/lib/content/figure-index.ts";
import { datasetUses as usesOf } from "../../src/lib/content/dataset-uses.ts";
import { assembleDocument, parseChapter } from "../../src/lib/content/model/index.ts";
import { chartData } from "../../src/lib/figures/chart-data.ts";
import { tableModel } from "../../src/lib/figures/table-model.ts";
import { formatPeildatum, sourceText } from "../../src/lib/figures/source-line.ts";
import type { Dataset, DatasetMeta } from "../../src/lib/datasets/types.ts";
import { messageOf, problemOf } from "../support/editor-errors.ts";

function meta(overrides: Partial<DatasetMeta>): DatasetMeta {
  return {
    title: "Titel",
    description: "Beschrijving",
    source: { publisher: "onbekend", document: "onbekend" },
    peildatum: "onbekend",
    version: 1,
    licence: "onbekend",
    unit: "%",
    schema: { fields: [], primaryKey: "jaar" },
    changes: [{ version: 1, date: "2026-11-28", description: "Eerste versie" }],
    ...overrides,
  };
}

const zorgvraag: Dataset = {
  id: "zorgvraag-drenthe",
  file: { csv: "data/zorgvraag-drenthe.csv", meta: "data/zorgvraag-drenthe.yaml" },
  meta: meta({
    unit: "mensen met een indicatie",
    schema: {
      primaryKey: "jaar",
      fields: [
        { name: "jaar", type: "year", title: "Jaar" },
        { name: "aantal", type: "integer", title: "Mensen met een indicatie" },
        { name: "kwalificatie", type: "string", title: "Kwalificatie" },
      ],
    },
  }),
  rows: [
    { jaar: 2024, aantal: 6000, kwalificatie: "ruim" },
    { jaar: 2040, aantal: 10000, kwalificatie: "ruim" },
  ],
};

const leefbaarheid: Dataset = {
  id: "leefbaarheid",
  file: { csv: "data/leefbaarheid.csv", meta: "data/leefbaarheid.yaml" },
  meta: meta({
    schema: {
      primaryKey: "cijfer",
      fields: [
        { name: "cijfer", type: "string", title: "Rapportcijfer" },
        { name: "aandeel", type: "number", title: "Aandeel (%)" },
        { name: "weergave", type: "string", title: "Zoals in de bron" },
      ],
    },
  }),
  rows: [
    { cijfer: "6 of hoger", aandeel: 97, weergave: null },
    { cijfer: "9 of 10", aandeel: 25, weergave: "een kwart" },
    { cijfer: "5 of lager", aandeel: 3, weergave: null },
  ],
};

const ontmoeting: Dataset = {
  id: "ontmoetingsruimte",
  file: { csv: "data/ontmoetingsruimte.csv", meta: "data/ontmoetingsruimte.yaml" },
  meta: meta({
    unit: "",
    schema: {
      primaryKey: "wijk",
      fields: [
        { name: "wijk", type: "string", title: "Wijk" },
        { name: "ontmoetingsruimte", type: "string", title: "Ontmoetingsruimte" },
        { name: "status", type: "string", title: "Status" },
      ],
    },
  }),
  rows: [
    { wijk: "Lariks", ontmoetingsruimte: null, status: "onbekend" },
    { wijk: "Pittelo", ontmoetingsruimte: "redelijk / goed", status: "bekend" },
  ],
};

/** A chapter's MDX, in the order given (the document order in these tests). */
interface ChapterSource {
  id: string;
  file: string;
  body: string;
}

const modelOf = (sources: readonly ChapterSource[]) =>
  assembleDocument(sources.map((source) => parseChapter({ id: source.id, file: source.file, text: source.body })));
const indexFigures = (sources: readonly ChapterSource[]) => figureIndex(modelOf(sources));
const datasetUses = (sources: readonly ChapterSource[]) => usesOf(modelOf(sources));

const chapters: ChapterSource[] = [
  {
    id: "inwoner",
    file: "src/content/chapters/inwoner.mdx",
    body: '---\ntitle: De inwoner\n---\n\nTekst.\n\n<Figure id="mantelzorgers" dataset="mantelzorgers" type="change" />\n\nZie <Ref to="zorgvraag" />.\n',
  },
  {
    id: "stad-en-regio",
    file: "src/content/chapters/stad-en-regio.mdx",
    body: 'Van <Value of="zorgvraag-drenthe" row="2024" /> naar meer.\n\n<Figure\n  id="zorgvraag"\n  dataset="zorgvraag-drenthe"\n  type="change"\n  title="Zorgvraag in Drenthe"\n/>\n\n<Figure id="tekort" dataset="personeelstekort" type="change" />\n\n<DataTable dataset="ontmoetingsruimte" />\n',
  },
];

describe("figure numbers", () => {
  it("count through the whole document in chapter order", () => {
    const figures = indexFigures(chapters);
    expect([...figures.values()].map((f) => [f.id, f.number, f.chapterId, f.line])).toEqual([
      ["mantelzorgers", 1, "inwoner", 7],
      ["zorgvraag", 2, "stad-en-regio", 3],
      ["tekort", 3, "stad-en-regio", 10],
    ]);
    expect(figures.get("zorgvraag")?.title).toBe("Zorgvraag in Drenthe");
  });

  it("follow the chapters when their order changes", () => {
    const figures = indexFigures([chapters[1]!, chapters[0]!]);
    expect(figures.get("mantelzorgers")?.number).toBe(3);
  });

  it("refuse two figures with one id, naming both places", () => {
    const twice: ChapterSource[] = [...chapters, { id: "huis", file: "src/content/chapters/huis.mdx", body: '<Figure id="tekort" dataset="x" type="bar" />' }];
    expect(messageOf(() => indexFigures(twice))).toMatchInlineSnapshot(`
      "src/content/chapters/huis.mdx:1:9: er is al een figuur met de naam "tekort", in src/content/chapters/stad-en-regio.mdx:10.
        Gevonden: id="tekort"
        Verwacht: een eigen naam voor elke figuur
        Oplossing: Geef een van beide figuren een andere id (en pas de <Ref to="…" /> aan die naar die figuur verwijst)."
    `);
  });

  it("refuse a figure without a usable id", () => {
    const bad = (body: string) => () => indexFigures([{ id: "huis", file: "src/content/chapters/huis.mdx", body }]);
    expect(messageOf(bad('<Figure dataset="x" type="bar" />'))).toMatch(/^src\/content\/chapters\/huis\.mdx:1:1: deze <Figure> heeft geen id\./);
    expect(messageOf(bad('<Figure id="Zorg Vraag" dataset="x" type="bar" />'))).toMatchInlineSnapshot(`
      "src/content/chapters/huis.mdx:1:9: de naam van de figuur kan geen deel van een webadres zijn.
        Gevonden: id="Zorg Vraag"
        Verwacht: kleine letters, cijfers en streepjes, beginnend met een letter, zoals id="zorgvraag-drenthe"
        Oplossing: Schrijf de naam met kleine letters en streepjes in plaats van spaties."
    `);
  });

  it("record which chapters use which dataset and how", () => {
    expect(datasetUses(chapters).map((u) => `${u.chapterId}:${u.kind}:${u.dataset}`)).toEqual([
      "inwoner:Figure:mantelzorgers",
      "stad-en-regio:Value:zorgvraag-drenthe",
      "stad-en-regio:Figure:zorgvraag-drenthe",
      "stad-en-regio:Figure:personeelstekort",
      "stad-en-regio:DataTable:ontmoetingsruimte",
    ]);
  });
});

describe("references to figures", () => {
  it("resolve to the figure's number and chapter, also in another chapter", () => {
    const place = resolveFigureRef(modelOf(chapters), "zorgvraag");
    expect([place.number, place.chapterId]).toEqual([2, "stad-en-regio"]);
  });

  it("to an unknown figure stop the build, listing the valid ids", () => {
    expect(messageOf(() => resolveFigureRef(modelOf(chapters), "zorgvrag"))).toMatchInlineSnapshot(`
      "er is geen figuur met de naam "zorgvrag".
        Verwacht: de id van een <Figure id="…">: "mantelzorgers", "zorgvraag" en "tekort"
        Oplossing: Bedoelde u "zorgvraag"? Gebruik precies de id van de figuur, zoals <Ref to="mantelzorgers" />."
    `);
  });
});

describe("chart data from a dataset", () => {
  it("keeps the source's qualifier and prints Dutch numbers", () => {
    expect(chartData(zorgvraag, {})).toEqual([
      { label: "2024", value: 6000, display: "ruim 6.000" },
      { label: "2040", value: 10000, display: "ruim 10.000" },
    ]);
  });

  it("uses the source's own words where it gives them, and % as unit", () => {
    expect(chartData(leefbaarheid, { rows: ["5 of lager", "9 of 10"] }).map((d) => d.display)).toEqual(["3%", "een kwart"]);
  });

  it("lists the valid names for an unknown column or row, and names the attribute", () => {
    expect(problemOf(() => chartData(zorgvraag, { value: "aantallen" }))).toMatchInlineSnapshot(`
      {
        "attribute": "value",
        "expected": "een kolom van data/zorgvraag-drenthe.csv: "jaar", "aantal" en "kwalificatie"",
        "fix": "Bedoelde u "aantal"? Schrijf de kolomnaam zoals in de eerste rij van de CSV.",
        "problem": "de dataset "zorgvraag-drenthe" heeft geen kolom "aantallen".",
      }
    `);
    expect(problemOf(() => chartData(zorgvraag, { rows: ["2030"] }))).toMatchInlineSnapshot(`
      {
        "attribute": "rows",
        "expected": "waarden uit de kolom "jaar" van data/zorgvraag-drenthe.csv: "2024" en "2040"",
        "fix": "Bedoelde u "2040" of "2024"? Schrijf elke rij precies zoals in de CSV.",
        "problem": "de dataset "zorgvraag-drenthe" heeft geen rij "2030".",
      }
    `);
    expect(() => chartData(zorgvraag, { value: "kwalificatie" })).toThrow(/bevat geen getallen/);
  });

  it("refuses to draw a value the source does not give", () => {
    const gap: Dataset = { ...zorgvraag, rows: [{ jaar: 2024, aantal: null, kwalificatie: null }] };
    expect(() => chartData(gap, {})).toThrow(/is de cel "aantal" van rij "2024" leeg/);
  });
});

describe("data tables", () => {
  it("show an unknown value as an open point, never as a blank", () => {
    const model = tableModel(ontmoeting, { columns: ["wijk", "ontmoetingsruimte"] });
    expect(model.rowHeaders).toBe(true);
    expect(model.rows.map((cells) => cells.map((c) => c.text))).toEqual([
      ["Lariks", "onbekend (open punt)"],
      ["Pittelo", "redelijk / goed"],
    ]);
    expect(model.rows[0]![1]!.unknown).toBe(true);
  });

  it("fold the qualifier into the number and leave years unformatted", () => {
    const model = tableModel(zorgvraag, {});
    expect(model.columns.map((c) => c.title)).toEqual(["Jaar", "Mensen met een indicatie"]);
    expect(model.rows.map((cells) => cells.map((c) => c.text))).toEqual([
      ["2024", "ruim 6.000"],
      ["2040", "ruim 10.000"],
    ]);
  });
});

describe("source line parts", () => {
  it("format the peildatum in Dutch and keep unknowns visible", () => {
    expect(formatPeildatum("2025-05")).toBe("mei 2025");
    expect(formatPeildatum("2024-01-01")).toBe("1 januari 2024");
    expect(formatPeildatum("2024")).toBe("2024");
    expect(formatPeildatum("onbekend")).toBe("onbekend");
    expect(sourceText(zorgvraag.meta)).toBe("onbekend");
    expect(sourceText(meta({ source: { publisher: "Trendbureau Drenthe", document: "onbekend" } }))).toBe("Trendbureau Drenthe");
  });
});
