/** Measurements for laying out text without a browser: a generous average glyph width. */
const averageGlyphWidth = 0.56;

/** Characters that fit in `widthPx` at `fontSize`. */
export function charsThatFit(widthPx: number, fontSize: number): number {
  return Math.max(4, Math.floor(widthPx / (fontSize * averageGlyphWidth)));
}

/** Breaks text into lines of at most `maxChars` at spaces; a longer single word keeps its own line. */
export function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** Estimated rendered width of a string in pixels; bold digits and % run wider. */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.68 : averageGlyphWidth);
}
