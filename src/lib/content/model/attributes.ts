/** Component attributes as the MDX parser gives them, read into plain values. */
import type { Expression, Program } from "estree";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx-jsx";
import type { AttributeValue, Attributes, Span } from "./types.ts";

/** `rows={["a", "b"]}`, `reason={"x > y"}`, `count={3}`, `block={false}`: literals only; anything
 * else keeps its source text, so a check can say what it found. */
function literal(node: Expression | null | undefined, source: string): AttributeValue {
  switch (node?.type) {
    case "Literal":
      if (typeof node.value === "string" || typeof node.value === "number" || typeof node.value === "boolean" || node.value === null) {
        return node.value;
      }
      break;
    case "TemplateLiteral":
      if (node.expressions.length === 0) return node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join("");
      break;
    case "UnaryExpression":
      if (node.operator === "-" && node.argument.type === "Literal" && typeof node.argument.value === "number") {
        return -node.argument.value;
      }
      break;
    case "ArrayExpression": {
      const items = node.elements.map((element) =>
        element === null || element.type === "SpreadElement" ? undefined : literal(element, source),
      );
      if (items.every((item) => item !== undefined && !(typeof item === "object" && item !== null && "expression" in item))) {
        return items as AttributeValue[];
      }
      break;
    }
  }
  return { expression: source };
}

function expressionValue(value: { value: string; data?: { estree?: Program | null | undefined } | undefined }): AttributeValue {
  const statement = value.data?.estree?.body[0];
  return literal(statement?.type === "ExpressionStatement" ? statement.expression : undefined, value.value);
}

export function readAttributes(attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): Attributes {
  const result: Record<string, AttributeValue> = {};
  for (const attribute of attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    const { value } = attribute;
    result[attribute.name] = value === null || value === undefined ? true : typeof value === "string" ? value : expressionValue(value);
  }
  return result;
}

/** Where each attribute is written: a tag may run over several lines. */
export function attributeLines(attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): Readonly<Record<string, number>> {
  const lines: Record<string, number> = {};
  for (const attribute of attributes) {
    if (attribute.type === "mdxJsxAttribute" && attribute.position) lines[attribute.name] = attribute.position.start.line;
  }
  return lines;
}

/** Where each attribute is written, from its name to the end of its value (`of="eenzaamheid"`),
 * so a message can point at the attribute and quote it as written. */
export function attributeSpans(attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): Readonly<Record<string, Span>> {
  const spans: Record<string, Span> = {};
  for (const attribute of attributes) {
    const position = attribute.position;
    if (attribute.type !== "mdxJsxAttribute" || !position) continue;
    spans[attribute.name] = {
      start: { line: position.start.line, column: position.start.column, offset: position.start.offset ?? 0 },
      end: { line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0 },
    };
  }
  return spans;
}

/** An attribute that should be text: strings as they are, numbers written as `{2040}` as text. */
export function textAttribute(attributes: Attributes, name: string): string | undefined {
  const value = attributes[name];
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** An attribute that should be a list of texts (`rows={["a", "b"]}`). */
export function listAttribute(attributes: Attributes, name: string): string[] | undefined {
  const value = attributes[name];
  if (!Array.isArray(value)) return undefined;
  return value.map((item) => (typeof item === "string" ? item : String(item)));
}

/** `block`, `block={true}` → true; absent or `block={false}` → false. */
export function flagAttribute(attributes: Attributes, name: string): boolean {
  return attributes[name] === true;
}
