/** Where a field is written in a YAML (or JSON) file, for messages that name line and column. */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export interface TextPosition {
  line: number;
  column: number;
}

/** A file is read for its values and often asked for several places (source, peildatum, licence,
 * checks): parse it once. */
const parsedTexts = new Map<string, { document: ReturnType<typeof parseDocument>; lineCounter: LineCounter }>();

/** The YAML document of `text` (a leading byte-order mark ignored), parsed once per text; its
 * `errors` hold what is not valid YAML, each with its place. */
export function parsedYaml(text: string) {
  let entry = parsedTexts.get(text);
  if (!entry) {
    const lineCounter = new LineCounter();
    entry = { document: parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter }), lineCounter };
    if (parsedTexts.size > 200) parsedTexts.clear();
    parsedTexts.set(text, entry);
  }
  return entry;
}

/** 1-based line and column of the key (or list item) of the deepest part of `path` (keys and
 * 0-based list positions, e.g. ["checks", 0, "type"]) that the text has; undefined when not even
 * the first part is there (a missing field has no place). JSON is read as the YAML it also is. */
export function yamlPosition(text: string, path: readonly PropertyKey[]): TextPosition | undefined {
  const { document, lineCounter } = parsedYaml(text);
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0];
      node = item;
    } else break;
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
