// The document model on MDX written in every valid way an editor or a visual editor may save it.
import { describe, expect, it } from "vitest";
import {
  allBlocks,
  buildDocumentModel,
  chapterInlines,
  chapterModelOf,
  ChapterSyntaxError,
  numberedNodes,
  plainText,
  textAttribute,
  type Block,
  type ChapterModel,
} from "../../src/lib/content/model/index.ts";
import { parseMdx } from "../../src/lib/content/model/parse.ts";
import { figureIndex } from "../../src/lib/content/figure-index.ts";

const frontmatter = (order: number, title = `Hoofdstuk ${order}`) =>
  `---\ntitle: ${title}\norder: ${order}\nsummary: Samenvatting.\nstatus: concept\n---\n`;

const chapter = (text: string): ChapterModel => chapterModelOf({ id: "test", file: "src/content/chapters/test.mdx", text });

const kinds = (blocks: readonly Block[]) => [...allBlocks(blocks)].map(({ block }) => block.kind);

function values(model: ChapterModel) {
  return [...chapterInlines(model)]
    .filter(({ inline }) => inline.kind === "value")
    .map(({ inline, block }) => ({
      of: inline.kind === "value" ? textAttribute(inline.attributes, "of") : undefined,
      row: inline.kind === "value" ? textAttribute(inline.attributes, "row") : undefined,
      line: inline.span.start.line,
      column: inline.span.start.column,
      in: block.kind,
    }));
}

describe("components as the MDX parser reads them", () => {
  it("reads a '>' inside an attribute as part of the attribute", () => {
    const model = chapter('Tekst <OpenPoint reason="meer dan > 10% ontbreekt">xx</OpenPoint> en verder.\n\n<Figure id="a" dataset="b" type="bar" caption="groei > 5%" />\n');
    const [paragraph, figure] = model.blocks;
    expect(paragraph?.kind).toBe("paragraph");
    const point = paragraph?.kind === "paragraph" ? paragraph.inlines.find((inline) => inline.kind === "open-point") : undefined;
    expect(point?.kind === "open-point" && textAttribute(point.attributes, "reason")).toBe("meer dan > 10% ontbreekt");
    expect(figure?.kind === "figure" && textAttribute(figure.attributes, "caption")).toBe("groei > 5%");
  });

  it("reads a tag written over several lines, attributes in any order, with the line of each attribute", () => {
    const model = chapter('Eerst.\n\n<Figure\n  type="change"\n  title="Zorgvraag"\n  dataset="zorgvraag-drenthe"\n  id="zorgvraag"\n/>\n');
    const figure = model.blocks[1]!;
    expect(figure.kind).toBe("figure");
    if (figure.kind !== "figure") return;
    expect(figure.span.start.line).toBe(3);
    expect(textAttribute(figure.attributes, "id")).toBe("zorgvraag");
    expect(textAttribute(figure.attributes, "dataset")).toBe("zorgvraag-drenthe");
    expect(figure.attributeLines["title"]).toBe(5);
  });

  it("reads literal expressions as values and keeps any other expression as its source", () => {
    const model = chapter('<DataTable dataset="x" columns={["wijk", "aandeel"]} rows={[2024, 2040]} caption={`Tabel`} data={meta.rows} />\n');
    const table = model.blocks[0]!;
    expect(table.kind === "data-table" && table.attributes).toEqual({
      dataset: "x",
      columns: ["wijk", "aandeel"],
      rows: [2024, 2040],
      caption: "Tabel",
      data: { expression: "meta.rows" },
    });
  });

  it("finds a component inside a list item, inside a note, at its line and column", () => {
    const model = chapter(
      '<Note>\n\n- Eerste punt met <Value of="eenzaamheid" row="Lariks" />.\n- Tweede punt\n  - genest met <Value\n      row="Assen"\n      of="eenzaamheid"\n    />\n\n</Note>\n',
    );
    expect(kinds(model.blocks)).toEqual(["note", "list-item", "list-item", "list-item"]);
    expect(values(model)).toEqual([
      { of: "eenzaamheid", row: "Lariks", line: 3, column: 19, in: "list-item" },
      { of: "eenzaamheid", row: "Assen", line: 5, column: 16, in: "list-item" },
    ]);
  });

  it("reads a GFM footnote as a footnote, referred to where its mark is", () => {
    const model = chapter("Een zin met een bron[^bron].\n\n[^bron]: Zie: Rapportage, maart 2025\n");
    expect(model.footnotes).toHaveLength(1);
    expect(model.footnotes[0]!.label).toBe("bron");
    expect(model.footnotes[0]!.footnoteNumber).toBe(1);
    expect(plainText((model.footnotes[0]!.children[0] as Extract<Block, { kind: "paragraph" }>).inlines)).toBe("Zie: Rapportage, maart 2025");
    expect([...chapterInlines(model)].some(({ inline }) => inline.kind === "footnote-ref")).toBe(true);
    // The footnote is no block of the running text.
    expect(kinds(model.blocks)).toEqual(["paragraph"]);
  });

  it("reads the footnote component as a footnote at its reference", () => {
    const model = chapter("Een zin<Footnote>Zie: Rapportage, maart 2025</Footnote> en verder.\n");
    expect(model.footnotes.map((note) => note.footnoteNumber)).toEqual([1]);
    const paragraph = model.blocks[0]!;
    expect(paragraph.kind === "paragraph" && plainText(paragraph.inlines)).toBe("Een zin en verder.");
  });

  it("turns a syntax error into a message with the file and line", () => {
    expect(() => chapter("Tekst.\n\n<Note>\n\nNooit gesloten.\n")).toThrow(ChapterSyntaxError);
    try {
      chapter("Tekst.\n\n<Note>\n\nNooit gesloten.\n");
    } catch (error) {
      expect((error as ChapterSyntaxError).location?.file).toBe("src/content/chapters/test.mdx");
      expect((error as ChapterSyntaxError).location?.line).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("the document", () => {
  const model = buildDocumentModel([
    { id: "b", file: "src/content/chapters/b.mdx", text: `${frontmatter(2, "Twee")}\n## Kop\n\nZin[^1].\n\n[^1]: Tweede bron.\n\n<Figure id="f2" dataset="d" type="bar" />\n` },
    { id: "a", file: "src/content/chapters/a.mdx", text: `${frontmatter(1, "Een")}\nZin[^x] en nog een[^y].\n\n[^x]: Eerste.\n[^y]: Tweede.\n\n<Figure id="f1" dataset="d" type="bar" />\n` },
  ]);

  it("orders chapters by their order, not by file name", () => {
    expect(model.chapters.map((c) => [c.id, c.number, c.title])).toEqual([
      ["a", 1, "Een"],
      ["b", 2, "Twee"],
    ]);
  });

  it("numbers footnotes through the document in order of reference", () => {
    expect(model.chapters.flatMap((c) => c.footnotes.map((f) => `${c.id}:${f.label}=${f.footnoteNumber}`))).toEqual(["a:x=1", "a:y=2", "b:1=3"]);
  });

  it("numbers figures through the document", () => {
    expect([...figureIndex(model).values()].map((f) => `${f.id}=${f.number}`)).toEqual(["f1=1", "f2=2"]);
  });

  it("numbers headings, paragraphs and list items per chapter, never a footnote", () => {
    const numbers = (c: ChapterModel) => [...allBlocks([...c.blocks, ...c.footnotes])].map(({ block }) => block.number).filter(Boolean);
    expect(numbers(model.chapters[0]!)).toEqual(["1.1"]);
    expect(numbers(model.chapters[1]!)).toEqual(["2.1", "2.2"]);
  });

  it("numbers exactly the nodes the page numbers (the same function on the same tree)", () => {
    const text = "## Kop\n\nZin.\n\n- een\n- twee\n  - drie\n\n> Citaat.\n\n<Note>\n\nIn een noot.\n\n</Note>\n";
    const tree = parseMdx(text, "x.mdx");
    const onPage = numberedNodes(tree).map((node) => node.type);
    expect(onPage).toEqual(["heading", "paragraph", "listItem", "listItem", "listItem", "paragraph", "paragraph"]);
    const inModel = [...allBlocks(chapter(text).blocks)].filter(({ block }) => block.number).map(({ block }) => block.kind);
    expect(inModel).toEqual(["heading", "paragraph", "list-item", "list-item", "list-item", "paragraph", "paragraph"]);
  });

  it("reads frontmatter leniently, so reports still work on an unfinished chapter", () => {
    const lenient = buildDocumentModel([{ id: "z", file: "src/content/chapters/z.mdx", text: "Alleen tekst.\n" }]);
    expect(lenient.chapters[0]!.title).toBe("z");
  });
});
