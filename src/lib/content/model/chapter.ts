/** One chapter's syntax tree → its part of the document model. */
import type { Nodes, PhrasingContent, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { isMap, LineCounter, parseDocument } from "yaml";
import { chapterFieldHelp, chapterSchema, type ChapterData } from "../../../schemas/chapter.ts";
import { EditorError, formatProblem, type EditorProblem } from "../../errors.ts";
import { closestNames, didYouMean, listNames } from "../../names.ts";
import { attributeLines, attributeSpans, readAttributes, textAttribute } from "./attributes.ts";
import { numberedNodes, paragraphNumber } from "./numbering.ts";
import { parseMdx } from "./parse.ts";
import type { Block, ChapterModel, FootnoteBlock, Frontmatter, Inline, Span } from "./types.ts";

export interface ChapterInput {
  id: string;
  /** Project-relative path: "src/content/chapters/huis.mdx". */
  file: string;
  text: string;
}

/** A chapter parsed, before it knows its number in the document. */
export interface ParsedChapter {
  input: ChapterInput;
  tree: Root;
  frontmatter: Frontmatter;
  title: string;
  order: number;
}

/** The frontmatter cannot be read, or a field does not match the chapter schema. */
export class ChapterFrontmatterError extends EditorError {
  override name = "ChapterFrontmatterError";

  constructor(problems: readonly EditorProblem[]) {
    super(problems.map(formatProblem).join("\n\n"), { problems });
  }
}

const emptyPoint = { line: 1, column: 1, offset: 0 };

function spanOf(node: { position?: Nodes["position"] }): Span {
  const position = node.position;
  if (!position) return { start: emptyPoint, end: emptyPoint };
  return {
    start: { line: position.start.line, column: position.start.column, offset: position.start.offset ?? 0 },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0 },
  };
}

function readFrontmatter(tree: Root, file: string): Frontmatter {
  const node = tree.children.find((child) => child.type === "yaml");
  if (!node) return { data: {}, lines: {}, span: undefined };
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const counter = new LineCounter();
  const document = parseDocument(node.value, { lineCounter: counter });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
    const written = node.value.split(/\r?\n/)[line - firstLine]?.trim();
    throw new ChapterFrontmatterError([
      {
        location: { file, line, column: error.linePos?.[0].col },
        problem: "de kop van het hoofdstuk (tussen de twee regels ---) kan niet worden gelezen.",
        found: written,
        expected: "elk veld op een eigen regel als  naam: waarde, zoals  title: De inwoner",
        fix: 'Zet een spatie na de dubbele punt. Staat er in de waarde zelf een dubbele punt, zet de waarde dan tussen aanhalingstekens: summary: "Wonen: thuis"',
      },
    ]);
  }
  const lines: Record<string, number> = {};
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = (pair.key as { value?: unknown; range?: [number, number, number] } | null) ?? null;
      if (key && typeof key.value === "string" && key.range) lines[key.value] = firstLine + counter.linePos(key.range[0]).line - 1;
    }
  }
  const data = document.toJS() as unknown;
  return {
    data: data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    lines,
    span: spanOf(node),
  };
}

/** The chapter's frontmatter checked with the chapter schema; every mistake names its line. The
 * model itself reads title and order leniently, so checks and reports still work on a chapter
 * whose frontmatter is unfinished; the build runs this check before anything is rendered. */
export function checkFrontmatter(chapter: Pick<ParsedChapter, "frontmatter" | "input">): ChapterData {
  const problems = frontmatterProblems(chapter);
  if (problems.length > 0) throw new ChapterFrontmatterError(problems);
  return chapterSchema.parse(chapter.frontmatter.data);
}

/** Every mistake in a chapter's frontmatter: unknown fields, and fields the schema does not accept. */
export function frontmatterProblems(chapter: Pick<ParsedChapter, "frontmatter" | "input">): EditorProblem[] {
  const { frontmatter, input } = chapter;
  const fields = Object.keys(chapterFieldHelp);
  const sourceLines = input.text.split(/\r?\n/);
  const written = (line: number) => sourceLines[line - 1]?.trim();
  const headLine = frontmatter.span?.start.line ?? 1;
  const problems: EditorProblem[] = [];
  // A misspelt field (titel for title) is one mistake: said as the unknown field, with its right name.
  const meant = new Set<string>();
  for (const key of Object.keys(frontmatter.data)) {
    if (fields.includes(key)) continue;
    for (const close of closestNames(key, fields)) meant.add(close);
    const line = frontmatter.lines[key] ?? headLine;
    problems.push({
      location: { file: input.file, line, column: 1 },
      problem: `de kop heeft een veld "${key}" dat niet bestaat.`,
      found: written(line),
      expected: `alleen de velden ${listNames(fields)}`,
      fix: `Verbeter de naam van het veld, of haal de regel weg.${didYouMean(key, fields)}`,
    });
  }
  const result = chapterSchema.safeParse(frontmatter.data);
  if (!result.success) {
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "") as keyof ChapterData;
      if (seen.has(field) || (meant.has(field) && frontmatter.data[field] === undefined)) continue;
      seen.add(field);
      const line = frontmatter.lines[field];
      const missing = frontmatter.data[field] === undefined;
      const help = chapterFieldHelp[field];
      problems.push({
        location: { file: input.file, line: line ?? headLine, column: 1 },
        problem: missing ? `in de kop ontbreekt het veld "${field}".` : `het veld "${field}" in de kop klopt niet: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`,
        found: line === undefined ? undefined : written(line),
        expected: help ? `${help.expected}, bijvoorbeeld: ${help.example}` : issue.message,
        fix: missing
          ? `Voeg tussen de twee regels --- een regel toe, bijvoorbeeld: ${help?.example ?? `${field}: …`}`
          : "Pas de waarde achter de dubbele punt aan.",
      });
    }
  }
  return problems.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}

export function parseChapter(input: ChapterInput): ParsedChapter {
  const tree = parseMdx(input.text, input.file);
  const frontmatter = readFrontmatter(tree, input.file);
  const { title, order } = frontmatter.data;
  return {
    input,
    tree,
    frontmatter,
    title: typeof title === "string" && title.trim() !== "" ? title.trim() : input.id,
    order: typeof order === "number" ? order : Number.POSITIVE_INFINITY,
  };
}

/** Turns the tree into blocks; `number` is the chapter's place in the document (1, 2, …). */
export function toChapterModel(parsed: ParsedChapter, number: number): ChapterModel {
  const numbers = new Map(numberedNodes(parsed.tree).map((node, index) => [node, paragraphNumber(number, index)]));
  const converter = new Converter(parsed.input.text, numbers);
  const blocks = converter.blocks(parsed.tree.children);
  return {
    id: parsed.input.id,
    file: parsed.input.file,
    source: parsed.input.text,
    frontmatter: parsed.frontmatter,
    title: parsed.title,
    order: parsed.order,
    number,
    blocks,
    footnotes: converter.orderedFootnotes(),
  };
}

/** Walks one chapter's tree; collects footnotes on the way, in order of first reference. */
class Converter {
  private readonly definitions = new Map<string, FootnoteBlock>();
  private readonly referenced: string[] = [];
  private componentFootnotes = 0;
  private readonly source: string;
  private readonly numbers: ReadonlyMap<Nodes, string>;

  constructor(source: string, numbers: ReadonlyMap<Nodes, string>) {
    this.source = source;
    this.numbers = numbers;
  }

  /** Referenced footnotes first, numbered 1, 2, … within the chapter in order of first reference
   * (as the Markdown pipeline numbers them); the document renumbers them through all chapters. */
  orderedFootnotes(): FootnoteBlock[] {
    const referenced = this.referenced.map((label) => this.definitions.get(label)).filter((block) => block !== undefined);
    referenced.forEach((block, index) => (block.footnoteNumber = index + 1));
    const rest = [...this.definitions.values()].filter((block) => !referenced.includes(block));
    return [...referenced, ...rest];
  }

  blocks(nodes: readonly RootContent[]): Block[] {
    return nodes.flatMap((node) => this.block(node));
  }

  private base(node: Nodes) {
    return { span: spanOf(node), number: this.numbers.get(node) };
  }

  private block(node: RootContent): Block[] {
    switch (node.type) {
      case "heading":
        return [{ kind: "heading", ...this.base(node), depth: node.depth, inlines: this.inlines(node.children) }];
      case "paragraph":
        return [{ kind: "paragraph", ...this.base(node), inlines: this.inlines(node.children) }];
      case "list":
        return node.children.map((item) => {
          const [first, ...rest] = item.children;
          const text = first?.type === "paragraph" ? first : undefined;
          return {
            kind: "list-item" as const,
            ...this.base(item),
            ordered: node.ordered === true,
            inlines: text ? this.inlines(text.children) : [],
            children: this.blocks(text ? rest : item.children),
          };
        });
      case "blockquote":
        return [{ kind: "quote", ...this.base(node), source: undefined, children: this.blocks(node.children) }];
      case "table":
        return [
          {
            kind: "table",
            ...this.base(node),
            rows: node.children.map((row) => ({ span: spanOf(row), cells: row.children.map((cell) => this.inlines(cell.children)) })),
          },
        ];
      case "footnoteDefinition": {
        const label = node.label ?? node.identifier;
        this.definitions.set(node.identifier, {
          kind: "footnote",
          ...this.base(node),
          label,
          footnoteNumber: undefined,
          children: this.blocks(node.children),
        });
        return [];
      }
      case "mdxJsxFlowElement":
        return this.flowElement(node);
      case "yaml":
      case "definition":
        return [];
      default:
        return [{ kind: "other", ...this.base(node), type: node.type }];
    }
  }

  private flowElement(node: MdxJsxFlowElement): Block[] {
    const attributes = readAttributes(node.attributes);
    const base = { ...this.base(node), attributeLines: attributeLines(node.attributes), attributeSpans: attributeSpans(node.attributes) };
    const children = () => this.blocks(node.children);
    switch (node.name) {
      case "Ambities":
        return [{ kind: "ambitions", ...this.base(node), children: children() }];
      case "Note":
        return [{ kind: "note", ...base, attributes, children: children() }];
      case "Quote":
        return [{ kind: "quote", ...this.base(node), source: textAttribute(attributes, "source"), children: children() }];
      case "OpenPoint":
        return [{ kind: "open-point", ...base, attributes, children: children() }];
      case "Figure":
        return [{ kind: "figure", ...base, attributes }];
      case "DataTable":
        return [{ kind: "data-table", ...base, attributes }];
      case "Value":
      case "Ref":
        // A value or reference standing on a line of its own: a paragraph of one inline.
        return [{ kind: "paragraph", ...this.base(node), inlines: this.inline(node) }];
      default:
        return [{ kind: "element", ...base, name: node.name ?? "", attributes, children: children() }];
    }
  }

  inlines(nodes: readonly (PhrasingContent | RootContent)[]): Inline[] {
    const result: Inline[] = [];
    for (const inline of nodes.flatMap((node) => this.inline(node))) {
      const previous = result.at(-1);
      if (previous?.kind === "text" && inline.kind === "text") {
        result[result.length - 1] = { kind: "text", text: previous.text + inline.text, span: { start: previous.span.start, end: inline.span.end } };
      } else result.push(inline);
    }
    return result;
  }

  private inline(node: PhrasingContent | RootContent): Inline[] {
    const span = spanOf(node);
    switch (node.type) {
      case "text":
      case "inlineCode":
        return [{ kind: "text", text: node.value, span }];
      case "break":
        return [{ kind: "text", text: "\n", span }];
      case "emphasis":
      case "strong":
      case "delete":
      case "linkReference":
        return this.inlines(node.children);
      case "link":
        return [{ kind: "link", href: node.url, children: this.inlines(node.children), span }];
      case "image":
        return [{ kind: "image", src: node.url, alt: node.alt ?? "", span }];
      case "imageReference":
        return [{ kind: "image", src: "", alt: node.alt ?? "", span }];
      case "footnoteReference":
        if (!this.referenced.includes(node.identifier)) this.referenced.push(node.identifier);
        return [{ kind: "footnote-ref", label: node.label ?? node.identifier, span }];
      case "mdxJsxTextElement":
      case "mdxJsxFlowElement":
        return this.textElement(node);
      default:
        // Expressions ({…}), raw HTML: not words a reader reads.
        return [];
    }
  }

  private textElement(node: MdxJsxTextElement | MdxJsxFlowElement): Inline[] {
    const attributes = readAttributes(node.attributes);
    const span = spanOf(node);
    const written = { attributes, attributeLines: attributeLines(node.attributes), attributeSpans: attributeSpans(node.attributes), span };
    const children = node.children as PhrasingContent[];
    switch (node.name) {
      case "Value":
        return [{ kind: "value", ...written }];
      case "Ref":
        return [{ kind: "ref", ...written }];
      case "OpenPoint":
        return [{ kind: "open-point", ...written, children: this.inlines(children), innerSource: this.innerSource(node) }];
      case "Footnote": {
        // The footnote component: its content is the footnote, written where it is referred to.
        const label = `footnote-${++this.componentFootnotes}`;
        this.referenced.push(label);
        this.definitions.set(label, {
          kind: "footnote",
          span,
          number: undefined,
          label,
          footnoteNumber: undefined,
          children: [{ kind: "paragraph", span, number: undefined, inlines: this.inlines(children) }],
        });
        return [{ kind: "footnote-ref", label, span }];
      }
      default:
        return [{ kind: "element", ...written, name: node.name ?? "", children: this.inlines(children) }];
    }
  }

  /** The text between an element's opening and closing tag, as written. */
  private innerSource(node: MdxJsxTextElement | MdxJsxFlowElement): string {
    const first = node.children[0]?.position?.start.offset;
    const last = node.children.at(-1)?.position?.end.offset;
    return first === undefined || last === undefined ? "" : this.source.slice(first, last);
  }
}
