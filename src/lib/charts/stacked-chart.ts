import * as Plot from "@observablehq/plot";
import { palette, patternOnPalette, textColour, textOnPalette } from "./palette.ts";
import { chartWidth, fontSize, lineHeight } from "./layout.ts";
import { charsThatFit, estimateWidth, wrapLines } from "./text.ts";
import type { ChartDatum, ChartSpec, PatternDef } from "./types.ts";

const barHeight = 44;
const swatch = 18;
const legendIndent = swatch + 10;
const gapAfterBar = 16;
const gapBetweenItems = 10;

/**
 * A 100% stacked bar: the parts of one whole side by side, separated by white gaps.
 * Below it a key in the same order, each part with its colour and pattern, value and label,
 * so the bar does not rely on colour and narrow parts still get their number.
 */
export function stackedChart(data: readonly ChartDatum[]): ChartSpec {
  if (data.length > palette.length) {
    throw new Error(`Een gestapelde staaf kan hooguit ${palette.length} delen tonen; deze heeft er ${data.length}.`);
  }
  const total = data.reduce((sum, d) => sum + d.value, 0);
  const patterns: PatternDef[] = [];
  const fills = data.map((_, index) => {
    const kind = patternOnPalette[index];
    if (!kind) return palette[index]!;
    const name = `pattern-${index + 1}`;
    patterns.push({ name, kind, color: palette[index]! });
    return `url(#${name})`;
  });
  let start = 0;
  const parts = data.map((datum, index) => {
    const part = { ...datum, x1: start, x2: start + datum.value, fill: fills[index]!, index };
    start = part.x2;
    return part;
  });
  const scale = chartWidth / (total === 0 ? 1 : total);
  // A value is printed inside its part only on a solid fill with room to spare.
  const inside = parts.filter(
    (p) => !patternOnPalette[p.index] && (p.x2 - p.x1) * scale >= estimateWidth(p.display, fontSize, true) + 12,
  );
  const keyChars = charsThatFit(chartWidth - legendIndent, fontSize);
  let top = barHeight + gapAfterBar;
  const key = parts.map((part) => {
    const lines = wrapLines(`${part.label}: ${part.display}`, keyChars);
    const item = { ...part, text: lines.join("\n"), top };
    top += Math.max(swatch, lines.length * lineHeight) + gapBetweenItems;
    return item;
  });
  const height = Math.ceil(top - gapBetweenItems + 2);
  return {
    plot: {
      width: chartWidth,
      height,
      margin: 0,
      x: { domain: [0, total === 0 ? 1 : total], range: [0, chartWidth], axis: null },
      y: { type: "identity", axis: null },
      color: { type: "identity" },
      marks: [
        Plot.rect(parts, { x1: "x1", x2: "x2", y1: 0, y2: barHeight, fill: "fill", stroke: "#ffffff", strokeWidth: 2 }),
        Plot.text(inside, {
          x: (p) => (p.x1 + p.x2) / 2, y: barHeight / 2, text: "display", fontSize, fontWeight: "bold",
          fill: (p) => textOnPalette[p.index],
        }),
        Plot.rect(key, {
          x1: 0, x2: swatch / scale, y1: "top", y2: (k) => k.top + swatch, fill: "fill",
        }),
        Plot.text(key, {
          x: legendIndent / scale, y: (k) => k.top + (swatch - lineHeight) / 2, text: "text",
          textAnchor: "start", lineAnchor: "top", lineHeight: lineHeight / fontSize, fontSize, fill: textColour,
        }),
      ],
    },
    patterns,
    description: `Gestapelde staaf van ${data.length} delen: ${key.map((k) => `${k.label}: ${k.display}`).join("; ")}.`,
  };
}
