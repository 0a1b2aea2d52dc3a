import { describe, expect, it } from "vitest";
import { collectOpenPoints, formatPoint, formatReport, type ProjectFiles } from "../../src/lib/checks/open-points/index.ts";
import type { Dataset } from "../../src/lib/datasets/types.ts";
import type { DatasetMeta } from "../../src/schemas/dataset.ts";

const yaml = `title: Ontmoetingsruimte per wijk
description: Per wijk.
source:
  publisher: gemeente Assen
  document: onbekend
peildatum: onbekend
version: 1
checks:
  - type: sum
    rows: [a, b]
    total: 100
licence: onbekend
`;

function meta(overrides: Partial<DatasetMeta>): DatasetMeta {
  return {
    title: "Ontmoetingsruimte per wijk",
    description: "Per wijk.",
    source: { publisher: "gemeente Assen", document: "onbekend" },
    peildatum: "onbekend",
    version: 1,
    licence: "onbekend",
    unit: "%",
    schema: {
      primaryKey: "wijk",
      fields: [
        { name: "wijk", type: "string", title: "Wijk" },
        { name: "aandeel", type: "number", title: "Aandeel" },
        { name: "status", type: "string", title: "Status" },
      ],
    },
    changes: [{ version: 1, date: "2026-11-28", description: "Eerste versie." }],
    ...overrides,
  };
}

const dataset = (overrides: Partial<DatasetMeta> = {}): Dataset => ({
  id: "ontmoetingsruimte",
  meta: meta(overrides),
  rows: [
    { wijk: "a", aandeel: 60, status: "bekend" },
    { wijk: "b", aandeel: 30, status: "onbekend" },
    { wijk: "c", aandeel: null, status: "onbekend" },
  ],
  file: { csv: "data/ontmoetingsruimte.csv", meta: "data/ontmoetingsruimte.yaml" },
});

function files(chapters: Record<string, string>): ProjectFiles {
  const all: Record<string, string> = { "data/ontmoetingsruimte.yaml": yaml };
  for (const [name, text] of Object.entries(chapters)) all[`src/content/chapters/${name}`] = text;
  return {
    list: (dir) => (dir === "src/content/chapters" ? Object.keys(chapters).sort() : []),
    read: (file) => {
      const text = all[file];
      if (text === undefined) throw new Error(`no ${file}`);
      return text;
    },
  };
}

describe("open points of a dataset", () => {
  it("lists unknown source, peildatum and licence once, a failed check with both numbers, and the unknown rows", () => {
    expect(formatReport(collectOpenPoints(files({}), [dataset({ checks: [{ type: "sum", rows: ["a", "b"], total: 100, tolerance: 0 }] })]))).toBe(
      [
        "data/ontmoetingsruimte.yaml:9  Cijfers kloppen niet: 60% (a) + 30% (b) = 90%, maar het totaal hoort 100% te zijn. Verschil 10; toegestaan is 0.",
        'data/ontmoetingsruimte.csv:3  Onbekend gegeven: Bij 2 van de 3 rijen van "Ontmoetingsruimte per wijk" is een gegeven onbekend: b, c.',
        'data/ontmoetingsruimte.yaml:5  Bron, peildatum of licentie ontbreekt: Van de cijfers "Ontmoetingsruimte per wijk" is niet bekend: de bron (document), de peildatum en de licentie.',
        "",
        "3 open punten.",
      ].join("\n"),
    );
  });

  it("has no open points when source, peildatum and licence are known and the checks pass", () => {
    const known = dataset({ source: { publisher: "gemeente Assen", document: "Analyse" }, peildatum: "2025", licence: "CC BY 4.0", checks: [] });
    known.rows = [{ wijk: "a", aandeel: 60, status: "bekend" }];
    expect(collectOpenPoints(files({}), [known])).toEqual([]);
  });

  it("names an unknown licence alone, at its line, when source and peildatum are known", () => {
    const known = dataset({ source: { publisher: "gemeente Assen", document: "Analyse" }, peildatum: "2025", checks: [] });
    known.rows = [{ wijk: "a", aandeel: 60, status: "bekend" }];
    expect(collectOpenPoints(files({}), [known]).map(formatPoint)).toEqual([
      'data/ontmoetingsruimte.yaml:12  Bron, peildatum of licentie ontbreekt: Van de cijfers "Ontmoetingsruimte per wijk" is niet bekend: de licentie.',
    ]);
  });

  it("counts unknown rows once when a chapter lists them in a table inside an <OpenPoint>", () => {
    const chapter = '---\norder: 1\n---\n\n<OpenPoint block reason="Verloren.">\n\n| Wijk | Status |\n| --- | --- |\n| b | onbekend |\n| c | onbekend |\n\n</OpenPoint>\n';
    const points = collectOpenPoints(files({ "wijk.mdx": chapter }), [dataset({ checks: [] })]);
    expect(points.map((p) => p.kind)).toEqual(["open-point", "missing-source"]);
  });

  it("counts unknown rows once when a chapter shows the dataset inside an <OpenPoint>", () => {
    const chapter = '---\norder: 1\n---\n\n<OpenPoint block reason="Markeringen verloren.">\n<DataTable of="ontmoetingsruimte" />\n</OpenPoint>\n';
    const points = collectOpenPoints(files({ "wijk.mdx": chapter }), [dataset({ checks: [] })]);
    expect(points.map((p) => `${p.file}:${p.line} ${p.kind}`)).toEqual([
      "src/content/chapters/wijk.mdx:5 open-point",
      "data/ontmoetingsruimte.yaml:5 missing-source",
    ]);
  });

  it("counts a failed check once when a chapter marks its value with an <OpenPoint>", () => {
    const failing = dataset({ checks: [{ type: "sum", rows: ["a", "b"], total: 100, tolerance: 0 }] });
    const chapter = '---\norder: 1\n---\n\nSamen <OpenPoint reason="Telt niet op tot 100.">ruim <Value of="ontmoetingsruimte" row="a" /></OpenPoint>.\n';
    const points = collectOpenPoints(files({ "wijk.mdx": chapter }), [failing]);
    expect(points.map((p) => p.kind)).toEqual(["inconsistent", "unknown-data", "missing-source"]);
  });

  it("puts chapters in document order, not file-name order", () => {
    const points = collectOpenPoints(
      files({ "a.mdx": "---\norder: 2\n---\nTODO", "b.mdx": "---\norder: 1\n---\nxx" }),
      [],
    );
    expect(points.map((p) => p.file)).toEqual(["src/content/chapters/b.mdx", "src/content/chapters/a.mdx"]);
  });
});
