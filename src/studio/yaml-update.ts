// A YAML file rewritten with new values as the editor left it: only the values that changed are
// written anew, in the style they had (a `>-` block stays a block, a quoted string stays quoted);
// comments, blank lines, key order, flow lists and every untouched section stay byte for byte.
// It edits yaml's concrete syntax tree (CST), the one representation that still holds every byte
// of the file; the Document composed from it (with its source tokens) tells which token is which value.
import { isDeepStrictEqual } from "node:util";
import { CST, Composer, Parser, isMap, isScalar, isSeq, parse, stringify, type Node, type Pair, type Scalar } from "yaml";
import { diffArrays } from "diff";

type Item = CST.CollectionItem;
type Json = unknown;

/** `text` with its values replaced by `next` (the whole file's new values), changing no more than
 * the lines of the values that differ. Throws when the result would not read back as `next`. */
export function updateYaml(text: string, next: Json): string {
  const tokens = [...new Parser().parse(text)];
  const documents = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const root = documents.length === 1 ? documents[0]!.contents : null;
  if (!root || documents[0]!.errors.length > 0) throw new Error("updateYaml: expected one valid YAML document");
  if (!update(root as Node, next)) throw new Error("updateYaml: the file's top level is not a map of values");
  const result = tokens.map((token) => CST.stringify(token)).join("");
  if (!isDeepStrictEqual(parse(result), next)) throw new Error("updateYaml: the rewritten file does not read back as the new values");
  return result;
}

/** Writes `next` into `node`'s own tokens; false when that cannot be done in place (a value that
 * changed kind, or a flow list that changed), so the caller writes the whole item anew. */
function update(node: Node, next: Json): boolean {
  if (isDeepStrictEqual(node.toJSON(), next)) return true;
  const token = node.srcToken;
  if (isScalar(node) && token && token.type !== "flow-collection" && isScalarValue(next)) return setScalar(node, next, token);
  // A block map or list that becomes empty is written anew, as {} or [].
  if (isMap(node) && token?.type === "block-map" && isRecord(next) && Object.keys(next).length > 0) return updateMap(node.items as Pair<Node, Node>[], token, next);
  if (isSeq(node) && token?.type === "block-seq" && Array.isArray(next) && next.length > 0) return updateSeq(node.items as Node[], token, next);
  return false;
}

function updateMap(pairs: Pair<Node, Node>[], token: CST.BlockMap, next: Record<string, Json>): true {
  const keyOf = (pair: Pair<Node, Node>) => String((pair.key as Scalar).value);
  const itemOf = (pair: Pair<Node, Node>) => token.items.find((item) => item.key === pair.key.srcToken)!;
  for (const pair of pairs) {
    const key = keyOf(pair);
    if (!(key in next)) removeItem(token, itemOf(pair));
    else if (!pair.value || !update(pair.value, next[key])) replaceItem(itemOf(pair), render({ [key]: next[key] }, token.indent));
  }
  // A key the file did not have goes after the key that precedes it in the new values.
  let after: Item | undefined;
  for (const [key, value] of Object.entries(next)) {
    const existing = pairs.find((pair) => keyOf(pair) === key);
    after = existing ? itemOf(existing) : insertItem(token, after, render({ [key]: value }, token.indent));
  }
  return true;
}

/** Lists are aligned item by item (jsdiff), so a deleted or added change-log entry touches its own
 * lines only; an item changed in place keeps its layout and changes only its own values. */
function updateSeq(nodes: Node[], token: CST.BlockSequence, next: Json[]): true {
  const items = [...token.items];
  let index = 0;
  let after: Item | undefined;
  const parts = diffArrays(nodes.map((node) => node.toJSON()), next, { comparator: isDeepStrictEqual });
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!part.removed) {
      if (part.added) for (const value of part.value) after = insertItem(token, after, render([value], token.indent));
      else after = items[(index += part.count!) - 1];
      continue;
    }
    // Removed items followed by added ones are items that changed in place, as far as they pair up.
    const added = parts[p + 1]?.added ? parts[++p]!.value : [];
    part.value.forEach((_, i) => {
      const item = items[index + i]!;
      if (i >= added.length) return removeItem(token, item);
      if (!update(nodes[index + i]!, added[i])) replaceItem(item, render([added[i]], token.indent));
      after = item;
    });
    for (const value of added.slice(part.value.length)) after = insertItem(token, after, render([value], token.indent));
    index += part.value.length;
  }
  return true;
}

function setScalar(node: Scalar, value: string | number | boolean | null, token: CST.Token): true {
  const type = typeof value === "string" ? stringType(value, node.type) : "PLAIN";
  CST.setScalarValue(token, typeof value === "string" ? value : String(value), { afterKey: token.type === "block-scalar", type });
  return true;
}

/** The style a changed string keeps: its own, unless it was plain and the new text would not read
 * back as that string when plain (then the style yaml itself would choose, such as "2025" in quotes). */
function stringType(value: string, current: Scalar.Type | undefined): Scalar.Type {
  if (current && current !== "PLAIN") return current;
  const rendered = stringify(value, { lineWidth: 0 });
  if (rendered.startsWith('"')) return "QUOTE_DOUBLE";
  if (rendered.startsWith("'")) return "QUOTE_SINGLE";
  if (rendered.startsWith("|")) return "BLOCK_LITERAL";
  return "PLAIN";
}

const isScalarValue = (value: Json): value is string | number | boolean | null => value === null || ["string", "number", "boolean"].includes(typeof value);
const isRecord = (value: Json): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The CST item of `value` (an object with one key, or a list with one item) as yaml writes it at `indent`. */
function render(value: Record<string, Json> | Json[], indent: number): Item {
  const pad = " ".repeat(indent);
  const text = stringify(value, { lineWidth: 0 })
    .split("\n")
    .map((line) => (line ? pad + line : line))
    .join("\n");
  const [document] = new Parser().parse(text);
  return ((document as CST.Document).value as CST.BlockMap | CST.BlockSequence).items[0]!;
}

// In the CST the indentation of a collection's first item belongs to what comes before the collection
// (the `key:` line), that of every later item to the item itself.
const space = (indent: number): CST.SourceToken[] => (indent > 0 ? [{ type: "space", offset: 0, indent: 0, source: " ".repeat(indent) }] : []);

function insertItem(token: CST.BlockMap | CST.BlockSequence, after: Item | undefined, item: Item): Item {
  const items = token.items as Item[];
  const at = after ? items.indexOf(after) + 1 : 0;
  if (at === 0 && items.length > 0) {
    items[0]!.start.unshift(...space(token.indent));
  } else if (at > 0) {
    item.start.unshift(...space(token.indent));
    endWithNewline(items[at - 1]!);
  }
  items.splice(at, 0, item);
  return item;
}

function removeItem(token: CST.BlockMap | CST.BlockSequence, item: Item): void {
  const items = token.items as Item[];
  const at = items.indexOf(item);
  items.splice(at, 1);
  const first = items[0];
  if (at === 0 && first && first.start[0]?.type === "space") first.start.shift();
}

/** An item written anew where it stood, after the comments and indentation (and `- `) it had. */
function replaceItem(old: Item, item: Item): void {
  Object.assign(old, { key: item.key, sep: item.sep, value: item.value });
}

/** A file that does not end in a newline gets one before an item is added after its last line. */
function endWithNewline(item: Item): void {
  let value = item.value;
  while (value?.type === "block-map" || value?.type === "block-seq") value = value.items.at(-1)?.value;
  if (!value || value.type === "block-scalar" || !("end" in value || value.type === "scalar" || value.type.endsWith("quoted-scalar"))) return;
  const end = ((value as CST.FlowScalar).end ??= []);
  if (!end.some((token) => token.type === "newline")) end.push({ type: "newline", offset: 0, indent: 0, source: "\n" });
}

/** The file as the editor left it, with the values of `written` (the whole file as Keystatic
 * serialized the form) put into `previous` (the file as it is on disk). */
export function keepLayout(previous: string, written: string): string {
  return updateYaml(previous, parse(written));
}
