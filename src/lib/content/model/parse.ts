/** Chapter MDX → syntax tree, with the same parser packages (and so the same tree) as the
 * site's MDX pipeline: remark-parse with remark-mdx and remark-gfm, plus remark-frontmatter. */
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { EditorError } from "../../errors";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkMdx).use(remarkGfm);

/** The chapter's MDX could not be read: an unclosed tag, a stray `{`, an attribute without quotes. */
export class ChapterSyntaxError extends EditorError {
  override name = "ChapterSyntaxError";
  /** The parser's own (English) description, for whoever translates it for the editor. */
  readonly reason: string;

  constructor(file: string, reason: string, line: number | undefined, column: number | undefined, cause: unknown) {
    super(`${file}${line === undefined ? "" : `, regel ${line}`}: de tekst kan niet worden gelezen: ${reason}`, {
      location: { file, line, column },
      cause,
    });
    this.reason = reason;
  }
}

interface ParserMessage {
  reason?: string;
  line?: number | null;
  column?: number | null;
  place?: { line?: number; column?: number; start?: { line: number; column: number } } | null;
}

/** Trees by the text they were parsed from. A syntax tree holds no file name, and nothing changes
 * it after parsing, so one text is parsed once: the released editions hold copies of mostly the
 * same chapters. */
const maxKeptTrees = 500;
const trees: Map<string, Root> = ((globalThis as Record<symbol, unknown>)[Symbol.for("wzv.mdx-trees")] ??= new Map()) as Map<string, Root>;

/** Parses one chapter. A syntax error becomes a {@link ChapterSyntaxError} with the file and line. */
export function parseMdx(text: string, file: string): Root {
  const known = trees.get(text);
  if (known) return known;
  try {
    const tree = processor.runSync(processor.parse(new VFile({ value: text, path: file }))) as Root;
    // A long `astro dev` session parses every saved version of a chapter: keep the memory bounded.
    if (trees.size >= maxKeptTrees) trees.clear();
    trees.set(text, tree);
    return tree;
  } catch (error) {
    const message = (error ?? {}) as ParserMessage;
    const place = message.place && "start" in message.place ? message.place.start : message.place;
    // Some messages carry their place only in the text: "Expected a closing tag for `<Note>` (3:1-3:7)".
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(message.reason ?? "");
    const line = message.line ?? place?.line ?? (inText ? Number(inText[1]) : undefined);
    const column = message.column ?? place?.column ?? (inText ? Number(inText[2]) : undefined);
    throw new ChapterSyntaxError(file, message.reason ?? String(error), line ?? undefined, column ?? undefined, error);
  }
}
