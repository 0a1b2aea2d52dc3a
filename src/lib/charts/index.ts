import { barChart } from "./bar-chart.ts";
import { changeChart } from "./change-chart.ts";
import { stackedChart } from "./stacked-chart.ts";
import { renderChart } from "./render.ts";
import type { ChartType } from "./chart-types.ts";
import type { ChartDatum, ChartInput, ChartSpec } from "./types.ts";

export type { ChartDatum, ChartInput } from "./types.ts";
export { chartClass } from "./render.ts";
export { chartTypeChoices, chartTypeChoiceText, isChartType, type ChartType } from "./chart-types.ts";

/** How each chart type is drawn. */
const chartSpecs = {
  bar: barChart,
  change: changeChart,
  stacked: stackedChart,
} satisfies Record<ChartType, (data: readonly ChartDatum[]) => ChartSpec>;

/** The chart as a static SVG string, with its accessible name and description. */
export function chartSvg(type: ChartType, input: ChartInput): string {
  if (input.data.length === 0) throw new Error(`Grafiek "${input.id}" heeft geen gegevens om te tekenen.`);
  const spec = chartSpecs[type](input.data);
  return renderChart(spec, { id: input.id, title: input.title, description: spec.description });
}
