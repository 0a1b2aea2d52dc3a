/** `<OpenPoint>` marks on the site's own pages (src/pages/*.astro), such as the accessibility
 * statement's, read with Astro's own parser. */
import { parse } from "@astrojs/compiler-rs";
import type { OpenPoint } from "./types.ts";

export const pagesDir = "src/pages";

interface AstroNode {
  type?: string;
  start?: number;
  openingElement?: { name?: { name?: string }; attributes?: AstroAttribute[] };
}

interface AstroAttribute {
  type: string;
  name?: { name?: string };
  value?: { type: string; value?: unknown; expression?: { type: string; value?: unknown } } | null;
}

function* elements(node: unknown): Generator<AstroNode> {
  if (Array.isArray(node)) for (const child of node) yield* elements(child);
  else if (node !== null && typeof node === "object") {
    const element = node as AstroNode;
    if (element.type === "JSXElement") yield element;
    for (const child of Object.values(node)) if (child !== null && typeof child === "object") yield* elements(child);
  }
}

function reasonOf(attributes: readonly AstroAttribute[]): string | undefined {
  const reason = attributes.find((attribute) => attribute.type === "JSXAttribute" && attribute.name?.name === "reason")?.value;
  const literal = reason?.type === "JSXExpressionContainer" ? reason.expression : reason;
  return literal?.type === "Literal" && typeof literal.value === "string" ? literal.value : undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
}

/** The open points marked in one page's source. */
export function pageOpenPoints(file: string, text: string): OpenPoint[] {
  const { ast } = parse(text);
  return [...elements(ast)]
    .filter((element) => element.openingElement?.name?.name === "OpenPoint")
    .map((element) => ({
      kind: "open-point" as const,
      file,
      line: lineAt(text, element.start ?? 0),
      message: reasonOf(element.openingElement?.attributes ?? []) ?? 'Open punt zonder omschrijving (vul reason="…" in).',
    }));
}
