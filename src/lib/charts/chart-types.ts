/** The chart types an editor can ask for, with what each is for (shown when a type is unknown).
 * Apart from the drawing (./index.ts), so that checks and the studio do not load Plot. */
const chartTypeUses = {
  bar: "liggende staven: aandelen en vergelijkingen",
  change: "kolommen: verandering van het ene jaar naar het andere",
  stacked: "één staaf van 100%: de delen van een geheel",
};

export type ChartType = keyof typeof chartTypeUses;

export function isChartType(type: string): type is ChartType {
  return Object.hasOwn(chartTypeUses, type);
}

/** Every chart type with what it is for, for an editor choosing one. */
export function chartTypeChoices(): { type: ChartType; use: string }[] {
  return Object.entries(chartTypeUses).map(([type, use]) => ({ type: type as ChartType, use }));
}

/** The chart types with what each is for: 'type="bar" (liggende staven: …), … of type="stacked" (…)'. */
export function chartTypeChoiceText(): string {
  const choices = chartTypeChoices().map(({ type, use }) => `type="${type}" (${use})`);
  return `${choices.slice(0, -1).join(", ")} of ${choices.at(-1)}`;
}
