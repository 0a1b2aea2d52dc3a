import { describe, expect, it } from "vitest";
import { findChapterOpenPoints, findOpenPointTags } from "../../src/lib/checks/open-points/chapter.ts";

const file = "src/content/chapters/test.mdx";
const find = (text: string) => findChapterOpenPoints(file, text);
const summary = (text: string) => find(text).map((p) => `${p.line} ${p.kind} ${p.excerpt ?? ""}`.trim());

describe("placeholders", () => {
  it.each([
    ["Zie pagina xx voor meer.", "pagina xx"],
    ["Dit voorziet voor xxx% in de behoefte.", "xxx"],
    ["Het gaat om xx woningen.", "xx"],
    ["TODO: bron nakijken.", "TODO"],
    ["Hier ontbreekt tekst [...] in de bron.", "[...]"],
    ["Hier ontbreekt tekst […] in de bron.", "[…]"],
  ])("finds the placeholder in %j", (text, excerpt) => {
    expect(find(text)).toEqual([
      { kind: "placeholder", file, line: 1, message: `"${excerpt}" moet nog worden ingevuld.`, excerpt },
    ]);
  });

  it("leaves ordinary words, Roman numerals and footnotes alone", () => {
    expect(find("De XX-ste eeuw, een taxxi, boxxen, todo-lijst en een voetnoot[^1].\n\n[^1]: Bron.")).toEqual([]);
  });

  it("counts each placeholder on its own line", () => {
    expect(summary("Regel een.\n\nOp pagina xx staat xxx% van de TODO.")).toEqual([
      "3 placeholder pagina xx",
      "3 placeholder xxx",
      "3 placeholder TODO",
    ]);
  });
});

describe("<OpenPoint>", () => {
  it("is one open point, however many placeholders it wraps", () => {
    const text = 'Zie <OpenPoint reason="Paginanummer ontbreekt.">pagina xx</OpenPoint> en verder.';
    expect(find(text)).toEqual([
      { kind: "open-point", file, line: 1, message: "Paginanummer ontbreekt.", excerpt: "pagina xx" },
    ]);
  });

  it("finds the block form, self-closing or wrapping a table, on the line of its opening tag", () => {
    const text = [
      "Tekst.",
      "",
      '<OpenPoint block reason="Figuur ontbreekt." />',
      "",
      "<OpenPoint block reason='Markeringen verloren.'>",
      "",
      "| Wijk | Status |",
      "| --- | --- |",
      "| Lariks | onbekend |",
      "",
      "</OpenPoint>",
    ].join("\n");
    expect(find(text)).toEqual([
      { kind: "open-point", file, line: 3, message: "Figuur ontbreekt.", excerpt: undefined },
      { kind: "open-point", file, line: 5, message: "Markeringen verloren.", excerpt: undefined },
    ]);
  });

  it("reports an <OpenPoint> without a reason, asking for one", () => {
    expect(find("<OpenPoint>xx</OpenPoint>")[0]?.message).toBe('Open punt zonder omschrijving (vul reason="…" in).');
  });

  it("reads the extent of nested tags and reasons written as expressions", () => {
    const tags = findOpenPointTags('a <OpenPoint reason={"x > y"}>b <OpenPoint reason="c">d</OpenPoint> e</OpenPoint> f');
    expect(tags.map((t) => [t.reason, t.inner])).toEqual([["x > y", 'b <OpenPoint reason="c">d</OpenPoint> e']]);
  });
});

describe("references to a figure or matrix that is not there", () => {
  it("reports 'onderstaande matrix' with nothing below it", () => {
    expect(find("Onderstaande matrix geeft een beeld.\n\nVolgende alinea.\n\n## Kop\n\n<Chart of=\"x\" />")).toEqual([
      {
        kind: "missing-figure",
        file,
        line: 1,
        message: 'De tekst verwijst naar "Onderstaande matrix", maar daaronder staat geen matrix.',
        excerpt: "Onderstaande matrix",
      },
    ]);
  });

  it("reports 'onderstaande figuur' at the end of the chapter", () => {
    expect(summary("Eerst.\n\nZie onderstaande figuur en overzicht.")).toEqual(["3 missing-figure onderstaande figuur"]);
  });

  it.each([
    ["a chart", '<Chart of="ontmoetingsplekken" />'],
    ["a figure", '<Figure src="./matrix.svg" alt="Matrix" />'],
    ["a table", "| Wijk | Status |\n| --- | --- |\n| Lariks | goed |"],
    ["an image", "![De matrix](./matrix.png)"],
  ])("is resolved by %s below it", (_, figure) => {
    expect(find(`Zie onderstaande figuur.\n\nEen alinea ertussen.\n\n${figure}`)).toEqual([]);
  });

  it("is covered by an <OpenPoint> below it that says the figure is missing (counted once)", () => {
    expect(summary('Zie onderstaande figuur.\n\n<OpenPoint block reason="Figuur ontbreekt." />')).toEqual([
      "3 open-point",
    ]);
  });
});

describe("data marked as unknown", () => {
  it("reports a table with unknown cells once, outside an <OpenPoint>", () => {
    const text = "| Wijk | Status |\n| --- | --- |\n| Lariks | onbekend |\n| Peelo | onbekend |\n| Centrum | goed |";
    expect(find(text)).toEqual([
      {
        kind: "unknown-data",
        file,
        line: 3,
        message: 'Deze tabel bevat gegevens die nog niet bekend zijn ("onbekend").',
        excerpt: "| Lariks | onbekend |",
      },
    ]);
  });

  it("reports an unknown peildatum", () => {
    expect(summary("Er zijn 130 jongeren (peildatum onbekend).")).toEqual(["1 unknown-data peildatum onbekend"]);
  });

  it("does not report a table whose values are all known", () => {
    expect(find("| Wijk | Status |\n| --- | --- |\n| Lariks | goed |")).toEqual([]);
  });
});
