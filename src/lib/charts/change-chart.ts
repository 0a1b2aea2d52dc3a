import * as Plot from "@observablehq/plot";
import { listData } from "./bar-chart.ts";
import { palette, textColour } from "./palette.ts";
import { chartWidth, fontSize, lineHeight } from "./layout.ts";
import { charsThatFit, wrapLines } from "./text.ts";
import type { ChartDatum, ChartSpec } from "./types.ts";

const columnsHeight = 180;
const bandPadding = 0.35;

/**
 * Change from one year (or period) to another: one column per period on a shared zero
 * baseline, the value above each column and the period below it. Columns read at 320 px
 * where a slope chart's sloping labels would collide.
 */
export function changeChart(data: readonly ChartDatum[]): ChartSpec {
  const step = chartWidth / (data.length + bandPadding);
  const valueChars = charsThatFit(step * (1 - bandPadding) + step * bandPadding * 0.8, fontSize);
  const rows = data.map((d) => ({ ...d, text: wrapLines(d.display, valueChars).join("\n") }));
  const valueLines = Math.max(...rows.map((r) => r.text.split("\n").length));
  const marginTop = valueLines * lineHeight + 8;
  const marginBottom = lineHeight + 12;
  const max = Math.max(0, ...data.map((d) => d.value));
  return {
    plot: {
      width: chartWidth,
      height: marginTop + columnsHeight + marginBottom,
      marginTop,
      marginBottom,
      marginLeft: 0,
      marginRight: 0,
      x: { type: "band", domain: data.map((d) => d.label), padding: bandPadding, axis: null },
      y: { domain: [0, max === 0 ? 1 : max], axis: null },
      marks: [
        Plot.barY(rows, { x: "label", y: "value", fill: palette[0] }),
        Plot.text(rows, {
          x: "label", y: "value", text: "text", dy: -8, lineAnchor: "bottom",
          lineHeight: lineHeight / fontSize, fontSize, fontWeight: "bold", fill: textColour,
        }),
        Plot.text(rows, { x: "label", y: 0, text: "label", dy: 10, lineAnchor: "top", fontSize, fill: textColour }),
        Plot.ruleY([0], { stroke: textColour }),
      ],
    },
    description: `Kolomdiagram van de verandering in ${data.length} stappen: ${listData(data)}.`,
  };
}
