/** The words a `<Figure>` shows around its chart, from its attributes and its dataset: heading,
 * caption and source line. Without the chart itself (./figure-view.ts), so that a reader of the
 * words does not load Plot. */
import { figureElementId } from "../content/figure-index.ts";
import type { Dataset } from "../datasets/types.ts";
import { t } from "../../i18n/t.ts";
import { formatPeildatum, sourceText } from "./source-line.ts";

export interface FigureTextProps {
  id: string;
  title?: string | undefined;
  caption?: string | undefined;
}

export interface FigureText {
  /** "figuur-eenzaamheid": the element's id on the page, and the prefix of the ids in its SVG. */
  elementId: string;
  heading: string;
  caption: string;
  /** "Bron: …. Peildatum: …. Dataset versie 2." */
  sourceLine: string;
}

/** "Bron: …. Peildatum: …. Dataset versie 2.": under every figure and data table. */
export function sourceLineOf(dataset: Dataset): string {
  const { meta } = dataset;
  return t("figure.source", { source: sourceText(meta), peildatum: formatPeildatum(meta.peildatum), version: meta.version });
}

export function figureText(dataset: Dataset, props: FigureTextProps): FigureText {
  return {
    elementId: figureElementId(props.id),
    heading: props.title ?? dataset.meta.title,
    caption: props.caption ?? dataset.meta.description,
    sourceLine: sourceLineOf(dataset),
  };
}
