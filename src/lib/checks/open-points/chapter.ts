import type { OpenPoint } from "./types";
import { inAnyRange, lineAt, type Range } from "./text-position";

/** An `<OpenPoint>` in a chapter: from its opening tag to its closing tag (or `/>`). */
export interface OpenPointTag extends Range {
  reason: string | undefined;
  block: boolean;
  /** The text between the tags, if any ("pagina xx"). */
  inner: string;
}

const openingTag = /<OpenPoint\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*?)(\/?)>/g;
const tagOrClose = /<OpenPoint\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*?(\/?)>|<\/OpenPoint\s*>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`).exec(
    attributes,
  );
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Every outermost `<OpenPoint>` with its extent; nested ones belong to the outer one. */
export function findOpenPointTags(text: string): OpenPointTag[] {
  const tags: OpenPointTag[] = [];
  for (const open of text.matchAll(openingTag)) {
    const start = open.index;
    if (tags.some((tag) => start >= tag.start && start < tag.end)) continue;
    const attributes = open[1] ?? "";
    const selfClosing = open[2] === "/";
    const afterOpen = start + open[0].length;
    let end = afterOpen;
    let innerEnd = afterOpen;
    if (!selfClosing) {
      let depth = 1;
      tagOrClose.lastIndex = afterOpen;
      let next: RegExpExecArray | null;
      end = text.length;
      innerEnd = text.length;
      while ((next = tagOrClose.exec(text))) {
        if (next[0].startsWith("</")) depth--;
        else if (next[1] !== "/") depth++;
        if (depth === 0) {
          innerEnd = next.index;
          end = next.index + next[0].length;
          break;
        }
      }
    }
    tags.push({
      start,
      end,
      reason: attribute(attributes, "reason"),
      block: /(^|\s)block(\s|=|$)/.test(attributes),
      inner: text.slice(afterOpen, innerEnd).trim(),
    });
  }
  return tags;
}

/** Placeholders the source uses for what is not known yet. Lower-case x only: "XX" may be a Roman numeral. */
const placeholder = /\b(?:pagina|blz\.?|p\.)\s+x{2,}\b|\bx{2,}\b|\bTODO\b|\[\s*(?:\.\.\.|…)\s*\]/g;

/** Prose that points at a figure, matrix or table below it. */
const forwardReference =
  /\bonderstaande?\s+(matrix|figuur|grafiek|tabel|kaart|overzicht|afbeelding|schema)\b/gi;

/** What can stand where a forward reference points: a figure, a chart, a table, an image. */
const figureLike = /<(?:Figure|Chart|DataTable|Matrix|Table|table|img|figure)\b|!\[|^\s*\|.*\|\s*$/m;
const heading = /^#{1,6}\s/m;

/** Cells an editor or the source marks as not known. */
const unknownCell = /^(?:onbekend|onbevestigd|nog onbekend|nog niet bekend|niet bekend|\?)$/i;
const unknownPeildatum = /\bpeildatum\s*:?\s*(?:onbekend|nog onbekend|\?)/gi;

function excerptOf(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function fromTags(file: string, text: string, tags: readonly OpenPointTag[]): OpenPoint[] {
  return tags.map((tag) => ({
    kind: "open-point",
    file,
    line: lineAt(text, tag.start),
    message: tag.reason ?? "Open punt zonder omschrijving (vul reason=\"…\" in).",
    excerpt: tag.inner && !tag.block ? excerptOf(tag.inner) : undefined,
  }));
}

function placeholders(file: string, text: string, covered: readonly Range[]): OpenPoint[] {
  return [...text.matchAll(placeholder)]
    .filter((m) => !inAnyRange(m.index, covered))
    .map((m) => ({
      kind: "placeholder",
      file,
      line: lineAt(text, m.index),
      message: `"${m[0]}" moet nog worden ingevuld.`,
      excerpt: m[0],
    }));
}

/** A reference is resolved by a figure below it, or covered by an `<OpenPoint>` below it that
 * says what is missing; both before the next heading. Otherwise it points at nothing. */
function danglingReferences(
  file: string,
  text: string,
  tags: readonly OpenPointTag[],
  covered: readonly Range[],
): OpenPoint[] {
  const points: OpenPoint[] = [];
  for (const m of text.matchAll(forwardReference)) {
    if (inAnyRange(m.index, covered)) continue;
    const after = m.index + m[0].length;
    const rest = text.slice(after);
    const headingAt = rest.search(heading);
    const sectionEnd = after + (headingAt === -1 ? rest.length : headingAt);
    const figureAt = rest.slice(0, sectionEnd - after).search(figureLike);
    const figure = figureAt === -1 ? Infinity : after + figureAt;
    const tag = tags.find((t) => t.start >= after && t.start < sectionEnd);
    const tagAt = tag ? tag.start : Infinity;
    if (Math.min(figure, tagAt) < sectionEnd) continue;
    points.push({
      kind: "missing-figure",
      file,
      line: lineAt(text, m.index),
      message: `De tekst verwijst naar "${m[0]}", maar daaronder staat geen ${m[1]!.toLowerCase()}.`,
      excerpt: m[0],
    });
  }
  return points;
}

/** Markdown tables with cells marked unknown, outside an `<OpenPoint>`: one point per table. */
function unknownTableCells(file: string, text: string, covered: readonly Range[]): OpenPoint[] {
  const points: OpenPoint[] = [];
  const lines = text.split("\n");
  let offset = 0;
  let reportedThisTable = false;
  lines.forEach((lineText, index) => {
    const isRow = /^\s*\|.*\|\s*$/.test(lineText);
    if (!isRow) reportedThisTable = false;
    if (isRow && !reportedThisTable && !inAnyRange(offset, covered)) {
      const cells = lineText.trim().slice(1, -1).split("|").map((c) => c.trim());
      const unknown = cells.find((c) => unknownCell.test(c));
      if (unknown !== undefined) {
        reportedThisTable = true;
        points.push({
          kind: "unknown-data",
          file,
          line: index + 1,
          message: `Deze tabel bevat gegevens die nog niet bekend zijn ("${unknown}").`,
          excerpt: excerptOf(lineText),
        });
      }
    }
    offset += lineText.length + 1;
  });
  return points;
}

function unknownPeildata(file: string, text: string, covered: readonly Range[]): OpenPoint[] {
  return [...text.matchAll(unknownPeildatum)]
    .filter((m) => !inAnyRange(m.index, covered))
    .map((m) => ({
      kind: "unknown-data",
      file,
      line: lineAt(text, m.index),
      message: "De peildatum is nog niet bekend.",
      excerpt: m[0],
    }));
}

/** Every open point in one chapter's MDX text, each counted once: whatever sits inside an
 * `<OpenPoint>` is that open point, not a second one. */
export function findChapterOpenPoints(file: string, text: string): OpenPoint[] {
  const tags = findOpenPointTags(text);
  const covered: Range[] = tags;
  return [
    ...fromTags(file, text, tags),
    ...placeholders(file, text, covered),
    ...danglingReferences(file, text, tags, covered),
    ...unknownTableCells(file, text, covered),
    ...unknownPeildata(file, text, covered),
  ].sort((a, b) => a.line - b.line);
}
