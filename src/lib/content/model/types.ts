/**
 * The document as a tree: chapters → blocks → inline content, each with the place in its file.
 * Read once from the MDX syntax tree (see ./parse.ts) and used by everything that needs to know
 * what the document says: figure numbers, references, open points, checks, paragraph numbers,
 * footnote numbers and the renvooi between editions.
 */
import type { SourceLocation } from "../../errors.ts";

/** A place in a chapter's file: 1-based line and column, 0-based offset into the file's text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/** An attribute of a component as written: a string, `true` for a bare name (`block`), a literal
 * written as an expression (`rows={["a", "b"]}`, `reason={"x > y"}`), or an expression the model
 * cannot evaluate (kept as its source text). */
export type AttributeValue = string | number | boolean | null | readonly AttributeValue[] | { expression: string };

export type Attributes = Readonly<Record<string, AttributeValue>>;

/** A component as written: its attributes, the line each attribute is on and where each is written. */
interface WithAttributes {
  attributes: Attributes;
  attributeLines: Readonly<Record<string, number>>;
  attributeSpans: Readonly<Record<string, Span>>;
}

interface Located {
  span: Span;
}

export interface TextInline extends Located {
  kind: "text";
  /** The words as a reader sees them (Markdown marks removed, soft line breaks kept as "\n"). */
  text: string;
}

/** `<Value of="…" row="…" />`: a number from data/ in running text. */
export interface ValueInline extends Located, WithAttributes {
  kind: "value";
}

/** `<Ref to="…" />`: "figuur 3". */
export interface RefInline extends Located, WithAttributes {
  kind: "ref";
}

/** `[^2]`, or `<Footnote>…</Footnote>` at the reference position. */
export interface FootnoteRefInline extends Located {
  kind: "footnote-ref";
  /** The label as written (`2` for `[^2]`); for `<Footnote>`, generated from its position. */
  label: string;
}

/** `<OpenPoint reason="…">pagina xx</OpenPoint>` inside a sentence. */
export interface OpenPointInline extends Located, WithAttributes {
  kind: "open-point";
  children: Inline[];
  /** The source between the tags, as written ("pagina xx"). */
  innerSource: string;
}

export interface LinkInline extends Located {
  kind: "link";
  href: string;
  children: Inline[];
}

export interface ImageInline extends Located {
  kind: "image";
  src: string;
  alt: string;
}

/** Any other component or HTML element inside a sentence. */
export interface ElementInline extends Located, WithAttributes {
  kind: "element";
  name: string;
  children: Inline[];
}

export type Inline =
  | TextInline
  | ValueInline
  | RefInline
  | FootnoteRefInline
  | OpenPointInline
  | LinkInline
  | ImageInline
  | ElementInline;

interface BlockBase extends Located {
  /** "2.14": chapter number and the block's place among the numbered blocks of its chapter. Set on
   * headings, paragraphs and list items (see ./numbering.ts); undefined for the other blocks. */
  number: string | undefined;
}

export interface HeadingBlock extends BlockBase {
  kind: "heading";
  depth: number;
  inlines: Inline[];
}

export interface ParagraphBlock extends BlockBase {
  kind: "paragraph";
  inlines: Inline[];
}

/** One item of a bulleted or numbered list: its own text, and what is nested under it. */
export interface ListItemBlock extends BlockBase {
  kind: "list-item";
  ordered: boolean;
  inlines: Inline[];
  children: Block[];
}

/** A Markdown quotation (`> …`) or `<Quote source="…">`. */
export interface QuoteBlock extends BlockBase {
  kind: "quote";
  source: string | undefined;
  children: Block[];
}

export interface NoteBlock extends BlockBase, WithAttributes {
  kind: "note";
  children: Block[];
}

export interface AmbitionsBlock extends BlockBase {
  kind: "ambitions";
  children: Block[];
}

export interface FigureBlock extends BlockBase, WithAttributes {
  kind: "figure";
}

export interface DataTableBlock extends BlockBase, WithAttributes {
  kind: "data-table";
}

export interface OpenPointBlock extends BlockBase, WithAttributes {
  kind: "open-point";
  children: Block[];
}

/** A Markdown table: rows of cells; the first row is the header. */
export interface TableBlock extends BlockBase {
  kind: "table";
  rows: { span: Span; cells: Inline[][] }[];
}

/** A footnote's text (`[^2]: …` or the content of `<Footnote>`). */
export interface FootnoteBlock extends BlockBase {
  kind: "footnote";
  label: string;
  /** 1, 2, … through the whole document, in order of first reference; undefined when nothing refers to it. */
  footnoteNumber: number | undefined;
  children: Block[];
}

/** Any other component or element standing on its own (`<Chart …/>`, `<img …>`), kept with its children. */
export interface ElementBlock extends BlockBase, WithAttributes {
  kind: "element";
  name: string;
  children: Block[];
}

/** Code, a horizontal rule or an MDX expression: not text a reader reads as prose. */
export interface OtherBlock extends BlockBase {
  kind: "other";
  type: string;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListItemBlock
  | QuoteBlock
  | NoteBlock
  | AmbitionsBlock
  | FigureBlock
  | DataTableBlock
  | OpenPointBlock
  | TableBlock
  | FootnoteBlock
  | ElementBlock
  | OtherBlock;

export type BlockKind = Block["kind"];

/** The frontmatter as written, before the chapter schema checks it. */
export interface Frontmatter {
  data: Record<string, unknown>;
  /** Line of each top-level key, for messages ("regel 5"). */
  lines: Readonly<Record<string, number>>;
  span: Span | undefined;
}

export interface ChapterModel {
  /** The file name without extension: "huis". */
  id: string;
  /** Project-relative path: "src/content/chapters/huis.mdx". */
  file: string;
  /** The whole file as read. */
  source: string;
  frontmatter: Frontmatter;
  title: string;
  /** The `order` from the frontmatter; infinite when it has none (such chapters come last). */
  order: number;
  /** 1, 2, 3 … in document order. */
  number: number;
  blocks: Block[];
  /** The footnotes of the chapter, in order of first reference (unreferenced ones last). */
  footnotes: FootnoteBlock[];
}

/** Where a figure stands and which number it has. */
export interface FigurePlace {
  id: string;
  /** 1, 2, 3 … through the whole document in chapter order. */
  number: number;
  chapterId: string;
  file: string;
  line: number;
  dataset: string | undefined;
  /** The title written in the tag, if any (else the figure shows its dataset's title). */
  title: string | undefined;
}

export interface DocumentModel {
  /** In document order. */
  chapters: ChapterModel[];
}

/** A block or inline with the chapter it is in, for messages and reports. */
export function locationIn(chapter: Pick<ChapterModel, "file">, node: Located): SourceLocation {
  return { file: chapter.file, line: node.span.start.line, column: node.span.start.column };
}
