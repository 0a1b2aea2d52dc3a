import { barChart } from "./bar-chart.ts";
import { changeChart } from "./change-chart.ts";
import { stackedChart } from "./stacked-chart.ts";
import { renderChart } from "./render.ts";
import type { ChartDatum, ChartInput, ChartSpec } from "./types.ts";

export type { ChartDatum, ChartInput } from "./types.ts";
export { chartClass } from "./render.ts";

/** The chart types an editor can ask for, with what each is for (shown when a type is unknown). */
const chartTypes = {
  bar: { spec: barChart, use: "liggende staven: aandelen en vergelijkingen" },
  change: { spec: changeChart, use: "kolommen: verandering van het ene jaar naar het andere" },
  stacked: { spec: stackedChart, use: "één staaf van 100%: de delen van een geheel" },
} satisfies Record<string, { spec: (data: readonly ChartDatum[]) => ChartSpec; use: string }>;

export type ChartType = keyof typeof chartTypes;

export function isChartType(type: string): type is ChartType {
  return Object.hasOwn(chartTypes, type);
}

/** Every chart type with what it is for, for an editor choosing one. */
export function chartTypeChoices(): { type: ChartType; use: string }[] {
  return Object.entries(chartTypes).map(([type, { use }]) => ({ type: type as ChartType, use }));
}

/** The chart types with what each is for: 'type="bar" (liggende staven: …), … of type="stacked" (…)'. */
export function chartTypeChoiceText(): string {
  const choices = Object.entries(chartTypes).map(([name, { use }]) => `type="${name}" (${use})`);
  return `${choices.slice(0, -1).join(", ")} of ${choices.at(-1)}`;
}

/** The chart as a static SVG string, with its accessible name and description. */
export function chartSvg(type: ChartType, input: ChartInput): string {
  if (input.data.length === 0) throw new Error(`Grafiek "${input.id}" heeft geen gegevens om te tekenen.`);
  const spec = chartTypes[type].spec(input.data);
  return renderChart(spec, { id: input.id, title: input.title, description: spec.description });
}
