import * as Plot from "@observablehq/plot";
import { palette, textColour } from "./palette.ts";
import { chartWidth, fontSize, lineHeight } from "./layout.ts";
import { charsThatFit, estimateWidth, wrapLines } from "./text.ts";
import type { ChartDatum, ChartSpec } from "./types.ts";

const barHeight = 28;
const gapAfterLabel = 4;
const gapBetweenRows = 16;

/**
 * Horizontal bars for shares and comparisons. Each label stands above its bar, so long Dutch
 * labels wrap instead of squeezing the bars at 320 px; every bar carries its value.
 */
export function barChart(data: readonly ChartDatum[]): ChartSpec {
  const valueRoom = Math.max(...data.map((d) => estimateWidth(d.display, fontSize, true))) + 16;
  const labelChars = charsThatFit(chartWidth, fontSize);
  let top = 0;
  const rows = data.map((datum) => {
    const lines = wrapLines(datum.label, labelChars);
    const barTop = top + lines.length * lineHeight + gapAfterLabel;
    const row = { ...datum, text: lines.join("\n"), labelTop: top, barTop, barBottom: barTop + barHeight };
    top = row.barBottom + gapBetweenRows;
    return row;
  });
  const height = Math.ceil(top - gapBetweenRows + 2);
  const max = Math.max(0, ...data.map((d) => d.value));
  return {
    plot: {
      width: chartWidth,
      height,
      margin: 0,
      x: { domain: [0, max === 0 ? 1 : max], range: [0, chartWidth - valueRoom], axis: null },
      y: { type: "identity", axis: null },
      marks: [
        Plot.rect(rows, { x1: 0, x2: "value", y1: "barTop", y2: "barBottom", fill: palette[0] }),
        Plot.text(rows, {
          x: 0, y: "labelTop", text: "text", textAnchor: "start", lineAnchor: "top",
          lineHeight: lineHeight / fontSize, fontSize, fill: textColour,
        }),
        Plot.text(rows, {
          x: "value", y: (d) => (d.barTop + d.barBottom) / 2, text: "display", dx: 6,
          textAnchor: "start", fontSize, fontWeight: "bold", fill: textColour,
        }),
        Plot.ruleX([0], { y1: 0, y2: height, stroke: textColour }),
      ],
    },
    description: `Staafdiagram met ${data.length} ${data.length === 1 ? "staaf" : "staven"}: ${listData(data)}.`,
  };
}

export function listData(data: readonly ChartDatum[]): string {
  return data.map((d) => `${d.label}: ${d.display}`).join("; ");
}
