/** Chapter MDX → syntax tree, with the same parser packages (and so the same tree) as the
 * site's MDX pipeline: remark-parse with remark-mdx and remark-gfm, plus remark-frontmatter. */
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { EditorError, formatProblem, type EditorProblem } from "../../errors.ts";
import { syntaxProblem, type ParserMessage, type Place } from "./syntax-problem.ts";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkMdx).use(remarkGfm);

/** The chapter's MDX could not be read: an unclosed tag, a stray `{`, an attribute without quotes. */
export class ChapterSyntaxError extends EditorError {
  override name = "ChapterSyntaxError";
  /** The parser's own (English) description, for a developer; the message is the Dutch problem. */
  readonly reason: string;

  constructor(problem: EditorProblem, reason: string, cause: unknown) {
    super(formatProblem(problem), { problems: [problem], cause });
    this.reason = reason;
  }
}

function placeOf(message: ParserMessage & { place?: unknown }): Place | undefined {
  const raw = message.place as { line?: number; column?: number; start?: { line: number; column: number } } | null | undefined;
  const place = raw && "start" in raw && raw.start ? raw.start : raw;
  const line = message.line ?? place?.line;
  const column = message.column ?? place?.column;
  return line == null || column == null ? undefined : { line, column };
}

function tryParse(text: string, file: string): { tree: Root } | { error: unknown } {
  try {
    return { tree: processor.runSync(processor.parse(new VFile({ value: text, path: file }))) as Root };
  } catch (error) {
    return { error };
  }
}

const isOpenBrace = (error: unknown) => {
  const message = error as ParserMessage;
  return message?.source === "micromark-extension-mdx-expression" && message.ruleId === "unexpected-eof";
};

/** The parser reports an unclosed `{` where it gave up (the end of the paragraph or of the file).
 * The brace itself is the last `{` before that place that, written as `\{`, makes the error go. */
function openBracePlace(text: string, file: string, until: number): Place | undefined {
  for (let at = text.lastIndexOf("{", until); at !== -1; at = at === 0 ? -1 : text.lastIndexOf("{", at - 1)) {
    const result = tryParse(`${text.slice(0, at)}\\${text.slice(at)}`, file);
    if ("error" in result && isOpenBrace(result.error)) continue;
    const before = text.slice(0, at).split(/\r?\n/);
    return { line: before.length, column: before.at(-1)!.length + 1 };
  }
  return undefined;
}

function offsetOf(text: string, place: Place): number {
  const lines = text.split("\n");
  return lines.slice(0, place.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + place.column - 1;
}

/** Trees by the text they were parsed from. A syntax tree holds no file name, and nothing changes
 * it after parsing, so one text is parsed once: the released editions hold copies of mostly the
 * same chapters. */
const maxKeptTrees = 500;
const trees: Map<string, Root> = ((globalThis as Record<symbol, unknown>)[Symbol.for("wzv.mdx-trees")] ??= new Map()) as Map<string, Root>;

/** Parses one chapter. A syntax error becomes a {@link ChapterSyntaxError}: Dutch, with the file, line and column. */
export function parseMdx(text: string, file: string): Root {
  const known = trees.get(text);
  if (known) return known;
  const result = tryParse(text, file);
  if ("tree" in result) {
    // A long `astro dev` session parses every saved version of a chapter: keep the memory bounded.
    if (trees.size >= maxKeptTrees) trees.clear();
    trees.set(text, result.tree);
    return result.tree;
  }
  const message = (result.error ?? {}) as ParserMessage;
  let place = placeOf(message);
  if (isOpenBrace(result.error) && place) place = openBracePlace(text, file, offsetOf(text, place)) ?? place;
  const translated = syntaxProblem(message, text, place);
  const at = translated.place;
  const problem = { ...translated.problem, location: { file, line: at?.line, column: at?.column } };
  throw new ChapterSyntaxError(problem, message.reason ?? String(result.error), result.error);
}
