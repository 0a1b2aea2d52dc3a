/** What a `<Figure>` shows: its words (./figure-text.ts) and its chart as SVG, the string the page
 * (src/components/Figure.astro) puts in; the official publication draws its PNG from that string
 * as the built page has it (src/lib/stop/site-charts.ts). */
import { chartSvg, type ChartType } from "../charts/index.ts";
import type { Dataset } from "../datasets/types.ts";
import { chartData } from "./chart-data.ts";
import { figureText, type FigureText, type FigureTextProps } from "./figure-text.ts";

export interface FigureProps extends FigureTextProps {
  type: ChartType;
  label?: string | undefined;
  value?: string | undefined;
  rows?: readonly string[] | undefined;
}

export interface FigureView extends FigureText {
  svg: string;
}

export function figureView(dataset: Dataset, props: FigureProps): FigureView {
  const text = figureText(dataset, props);
  return {
    ...text,
    svg: chartSvg(props.type, { id: text.elementId, title: text.heading, data: chartData(dataset, { label: props.label, value: props.value, rows: props.rows }) }),
  };
}
