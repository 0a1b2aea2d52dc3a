/** What a `<Figure>` shows, from its attributes and its dataset: the heading, the caption, the
 * source line and the chart as SVG. The page (src/components/Figure.astro) and the official
 * publication (src/lib/stop/) both draw from here, so the STOP package's PNG is made from the
 * same SVG the site shows. */
import { chartSvg, type ChartType } from "../charts/index.ts";
import { figureElementId } from "../content/figure-index.ts";
import type { Dataset } from "../datasets/types.ts";
import { t } from "../../i18n/t.ts";
import { chartData } from "./chart-data.ts";
import { formatPeildatum, sourceText } from "./source-line.ts";

export interface FigureProps {
  id: string;
  type: ChartType;
  title?: string | undefined;
  caption?: string | undefined;
  label?: string | undefined;
  value?: string | undefined;
  rows?: readonly string[] | undefined;
}

export interface FigureView {
  /** "figuur-eenzaamheid": the element's id on the page, and the prefix of the ids in its SVG. */
  elementId: string;
  heading: string;
  caption: string;
  /** "Bron: …. Peildatum: …. Dataset versie 2." */
  sourceLine: string;
  svg: string;
}

/** "Bron: …. Peildatum: …. Dataset versie 2.": under every figure and data table. */
export function sourceLineOf(dataset: Dataset): string {
  const { meta } = dataset;
  return t("figure.source", { source: sourceText(meta), peildatum: formatPeildatum(meta.peildatum), version: meta.version });
}

export function figureView(dataset: Dataset, props: FigureProps): FigureView {
  const heading = props.title ?? dataset.meta.title;
  const elementId = figureElementId(props.id);
  return {
    elementId,
    heading,
    caption: props.caption ?? dataset.meta.description,
    sourceLine: sourceLineOf(dataset),
    svg: chartSvg(props.type, { id: elementId, title: heading, data: chartData(dataset, { label: props.label, value: props.value, rows: props.rows }) }),
  };
}
