/** A `<Figure>` → STOP <Figuur>: its title (with its number, as the page shows it), the chart as
 * a PNG <Illustratie>, the caption as <Bijschrift> and the source line as <Bron>. */
import { listAttribute, textAttribute } from "../../content/model/attributes.ts";
import type { Attributes } from "../../content/model/types.ts";
import { findDataset } from "../../datasets/lookup.ts";
import type { Dataset } from "../../datasets/types.ts";
import { isChartType } from "../../charts/chart-types.ts";
import { figureView, type FigureProps, type FigureView } from "../../figures/figure-view.ts";
import { t } from "../../../i18n/t.ts";
import { el, type XmlElement } from "../xml.ts";
import { anchors, type TextContext } from "./context.ts";

/** The figure as the page draws it, from the tag's attributes. */
export function figureOf(datasets: readonly Dataset[], attributes: Attributes): { id: string; view: FigureView } | undefined {
  const id = textAttribute(attributes, "id");
  const type = textAttribute(attributes, "type");
  const datasetId = textAttribute(attributes, "dataset");
  if (id === undefined || datasetId === undefined || type === undefined || !isChartType(type)) return undefined;
  const props: FigureProps = {
    id,
    type,
    title: textAttribute(attributes, "title"),
    caption: textAttribute(attributes, "caption"),
    label: textAttribute(attributes, "label"),
    value: textAttribute(attributes, "value"),
    rows: listAttribute(attributes, "rows"),
  };
  return { id, view: figureView(findDataset(datasets, datasetId), props) };
}

export function figuur(context: TextContext, attributes: Attributes): XmlElement | undefined {
  const figure = figureOf(context.datasets, attributes);
  const illustration = figure && context.illustrations.get(figure.id);
  if (!figure || !illustration) return undefined;
  const number = context.figures.get(figure.id)?.number;
  const element = el("Figuur", {}, [
    el("Titel", {}, [`${t("figure.number", { n: number ?? "?" })} ${figure.view.heading}`]),
    el("Illustratie", {
      naam: illustration.name,
      breedte: String(illustration.width),
      hoogte: String(illustration.height),
      dpi: String(illustration.dpi),
      formaat: "image/png",
      uitlijning: "start",
      alt: figure.view.heading,
    }),
    el("Bijschrift", { locatie: "onder" }, [figure.view.caption]),
    el("Bron", {}, [figure.view.sourceLine]),
  ]);
  element.anchor = anchors.figure(figure.id);
  return element;
}
