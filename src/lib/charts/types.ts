import type { PlotOptions } from "@observablehq/plot";

/** One bar, column or segment, already formatted for Dutch readers by the caller. */
export interface ChartDatum {
  /** Category or period as the reader sees it ("Lariks", "2040"). */
  label: string;
  value: number;
  /** The value as printed, in nl-NL with unit and qualifier ("ruim 10.000", "56%"). */
  display: string;
}

export interface ChartInput {
  /** Unique on the page; prefixes every id inside the SVG so two charts never clash. */
  id: string;
  /** Accessible name of the chart: the figure title. */
  title: string;
  data: readonly ChartDatum[];
}

/** A pattern that a chart can use as fill: `url(#<name>)` before ids are renumbered. */
export interface PatternDef {
  name: string;
  kind: "hatch" | "dots";
  color: string;
}

/** What a chart-type function returns: Plot options plus what Plot cannot draw itself. */
export interface ChartSpec {
  plot: PlotOptions;
  patterns?: readonly PatternDef[];
  /** Spoken by screen readers in place of the drawing; the full data is in the table. */
  description: string;
}
