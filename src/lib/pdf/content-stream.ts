/** A reader for PDF content streams (ISO 32000-1, 7.8.2): the operators in order, each with the
 * byte range it and its operands take, so a caller can insert operators between them without
 * rewriting (and perhaps changing) anything Chromium wrote. */

export interface ContentOperation {
  /** "re", "Tj", "BDC", … ; an inline image BI … ID … EI is one operation "BI". */
  operator: string;
  /** Offset of the first operand, or of the operator when it has none. */
  start: number;
  /** Offset just after the operator. */
  end: number;
}

const whitespace = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const delimiters = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
/** Keywords that are operands, not operators. */
const operandKeywords = new Set(["true", "false", "null"]);

export class ContentStreamError extends Error {
  override name = "ContentStreamError";
}

export function readContentStream(bytes: Uint8Array): ContentOperation[] {
  const operations: ContentOperation[] = [];
  let operandStart = -1;
  let i = 0;
  const n = bytes.length;
  const isRegular = (byte: number) => !whitespace.has(byte) && !delimiters.has(byte);
  const markOperand = (at: number) => {
    if (operandStart < 0) operandStart = at;
  };

  while (i < n) {
    const byte = bytes[i]!;
    if (whitespace.has(byte)) {
      i++;
    } else if (byte === 0x25 /* % */) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (byte === 0x28 /* ( */) {
      markOperand(i);
      i = skipLiteralString(bytes, i);
    } else if (byte === 0x3c /* < */ && bytes[i + 1] === 0x3c) {
      markOperand(i);
      i = skipNested(bytes, i, "<<");
    } else if (byte === 0x3c) {
      markOperand(i);
      const close = bytes.indexOf(0x3e, i);
      if (close < 0) throw new ContentStreamError(`Unterminated hex string at ${i}`);
      i = close + 1;
    } else if (byte === 0x5b /* [ */) {
      markOperand(i);
      i = skipNested(bytes, i, "[");
    } else if (byte === 0x2f /* / */) {
      markOperand(i);
      i++;
      while (i < n && isRegular(bytes[i]!)) i++;
    } else if (isRegular(byte)) {
      const tokenStart = i;
      while (i < n && isRegular(bytes[i]!)) i++;
      const token = ascii(bytes, tokenStart, i);
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token) || operandKeywords.has(token)) {
        markOperand(tokenStart);
        continue;
      }
      const start = operandStart < 0 ? tokenStart : operandStart;
      if (token === "BI") i = skipInlineImage(bytes, i);
      operations.push({ operator: token, start, end: i });
      operandStart = -1;
    } else {
      throw new ContentStreamError(`Unexpected byte 0x${byte.toString(16)} at ${i}`);
    }
  }
  return operations;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** Past the ")" that closes the literal string opening at `at`; parentheses nest, "\" escapes. */
function skipLiteralString(bytes: Uint8Array, at: number): number {
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x5c /* \ */) i++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29 && --depth === 0) return i + 1;
  }
  throw new ContentStreamError(`Unterminated string at ${at}`);
}

/** Past the bracket that closes the array or dictionary opening at `at`. */
function skipNested(bytes: Uint8Array, at: number, open: "[" | "<<"): number {
  let depth = 0;
  let i = at;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte === 0x28) {
      i = skipLiteralString(bytes, i);
    } else if (open === "<<" && byte === 0x3c && bytes[i + 1] === 0x3c) {
      depth++;
      i += 2;
    } else if (open === "<<" && byte === 0x3e && bytes[i + 1] === 0x3e) {
      i += 2;
      if (--depth === 0) return i;
    } else if (open === "[" && byte === 0x5b) {
      depth++;
      i++;
    } else if (open === "[" && byte === 0x5d) {
      i++;
      if (--depth === 0) return i;
    } else {
      i++;
    }
  }
  throw new ContentStreamError(`Unterminated ${open} at ${at}`);
}

/** Past the EI that ends an inline image whose BI ends at `at`: the data after ID is binary,
 * so EI counts only with whitespace on both sides. */
function skipInlineImage(bytes: Uint8Array, at: number): number {
  for (let i = at; i + 1 < bytes.length; i++) {
    const before = bytes[i - 1];
    const after = bytes[i + 2];
    if (bytes[i] === 0x45 && bytes[i + 1] === 0x49 && before !== undefined && whitespace.has(before) &&
        (after === undefined || whitespace.has(after))) {
      return i + 2;
    }
  }
  throw new ContentStreamError(`Inline image at ${at} has no EI`);
}
