// Puts our Dutch (src/studio/dutch.ts) into a module of Keystatic, Keystar UI or react-aria as
// the studio serves it: every string literal whose text is an English source string of the table is
// replaced by its Dutch. The module is read as JavaScript (Vite's parser), so only whole strings
// change, never a word inside other code, and never a string that the code compares or uses as a key.
import { parseSync } from "vite";
import type { PackageDutch } from "./dutch.ts";

/** `{}` in a source string stands for a value that the code fills in (a label, a number). */
const slot = "{}";

interface Replacement {
  start: number;
  end: number;
  text: string;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && typeof (value as Node).type === "string";

/** The module's code with the table's Dutch, and which source strings it held. */
export function translate(code: string, dutch: PackageDutch): { code: string; found: Map<string, number> } {
  const found = new Map<string, number>();
  const replacements: Replacement[] = [];
  const dutchFor = (english: string, functionName: string | undefined) => {
    const local = functionName === undefined ? undefined : dutch.in[functionName]?.[english];
    const key = local === undefined ? english : `${functionName}: ${english}`;
    const text = local ?? dutch.strings[english];
    if (text !== undefined) found.set(key, (found.get(key) ?? 0) + 1);
    return text;
  };

  const visit = (node: Node, parent: Node | undefined, functionName: string | undefined): void => {
    if (!usedAsText(node, parent)) return walk(node, functionName);
    const pieces = textPieces(node);
    const english = pieces?.map((piece) => (typeof piece === "string" ? piece : slot)).join("");
    const nl = english === undefined || !/[A-Za-z]/.test(english) ? undefined : dutchFor(english, functionName);
    if (pieces === undefined || nl === undefined) return walk(node, functionName);
    const expressions = pieces.filter((piece): piece is Node => typeof piece !== "string");
    const parts = nl.split(slot);
    if (parts.length !== expressions.length + 1) throw new Error(`"${english}" → "${nl}": the Dutch needs ${expressions.length} × ${slot}, as the English has`);
    // The values keep their code, with the Dutch of what they hold (a link's text, say): Dutch may
    // put them in another order.
    const mark = replacements.length;
    for (const expression of expressions) visit(expression, node, functionName);
    const inner = replacements.splice(mark);
    const values = expressions.map((e) => applied(code, e.start, e.end, inner));
    replacements.push({ start: node.start, end: node.end, text: render(node.type, parts, values) });
  };

  const walk = (node: Node, functionName: string | undefined): void => {
    const name = functionNameOf(node, functionName) ?? functionName;
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) if (isNode(child)) visit(child, node, name);
      if (isNode(value)) visit(value, node, name);
    }
  };

  walk(parseSync("module.js", code).program as unknown as Node, undefined);
  return { code: applied(code, 0, code.length, replacements), found };
}

/** code[start, end) with the replacements inside it. */
function applied(code: string, start: number, end: number, replacements: Replacement[]): string {
  let result = "";
  let at = start;
  for (const replacement of replacements.filter((r) => r.start >= start && r.end <= end).sort((a, b) => a.start - b.start)) {
    result += code.slice(at, replacement.start) + replacement.text;
    at = replacement.end;
  }
  return result + code.slice(at, end);
}

/** A string literal, a template literal or an array of strings and values (compiled JSX children
 * such as ["Edit ", props.label]) as its pieces: text, and nodes for the values in between. */
function textPieces(node: Node): (string | Node)[] | undefined {
  if (node.type === "Literal" && typeof node.value === "string") return [node.value];
  if (node.type === "TemplateLiteral") {
    const quasis = node.quasis as { value: { cooked: string } }[];
    const expressions = node.expressions as Node[];
    return quasis.flatMap((quasi, i) => (i < expressions.length ? [quasi.value.cooked, expressions[i]!] : [quasi.value.cooked]));
  }
  if (node.type === "ArrayExpression") {
    const elements = node.elements as (Node | null)[];
    if (!elements.some((e) => e?.type === "Literal" && typeof e.value === "string") || elements.some((e) => e === null || e.type === "SpreadElement")) return undefined;
    return elements.map((e) => (e!.type === "Literal" && typeof e!.value === "string" ? (e!.value as string) : e!));
  }
  return undefined;
}

function render(type: string, parts: string[], expressions: string[]): string {
  if (type === "TemplateLiteral") return "`" + parts.map((part, i) => escapeTemplate(part) + (i < expressions.length ? "${" + expressions[i] + "}" : "")).join("") + "`";
  if (type === "Literal") return JSON.stringify(parts[0]);
  const elements = parts.flatMap((part, i) => [...(part ? [JSON.stringify(part)] : []), ...(i < expressions.length ? [expressions[i]!] : [])]);
  return `[${elements.join(", ")}]`;
}

const escapeTemplate = (text: string) => text.replace(/[`\\]|\$\{/g, (match) => `\\${match}`);

/** A string that the code shows rather than uses: not a property name, an import, a compared value
 * (`type === "Table"`) or a key looked up (`strings["delete"]`). */
function usedAsText(node: Node, parent: Node | undefined): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case "Property":
      return parent.key !== node || Boolean(parent.computed);
    case "ImportDeclaration":
    case "ExportNamedDeclaration":
    case "ExportAllDeclaration":
    case "ImportExpression":
    case "SwitchCase":
      return false;
    case "BinaryExpression":
      return !["===", "!==", "==", "!=", "in"].includes(parent.operator as string);
    case "MemberExpression":
      return parent.property !== node;
    default:
      return true;
  }
}

/** The name a function is known by in the module: `function LinkButton()`, `memo(function Toolbar(…))`,
 * or, outside any function, `const LinkElement = (…) => …`. */
function functionNameOf(node: Node, outer: string | undefined): string | undefined {
  if (node.type === "FunctionDeclaration" || node.type === "FunctionExpression") return (node.id as { name: string } | null)?.name ?? undefined;
  if (outer === undefined && node.type === "VariableDeclarator" && isNode(node.init) && /Function|Call/.test(node.init.type)) return (node.id as { name?: string }).name;
  return undefined;
}
