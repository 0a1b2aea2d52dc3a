/** A `<Figure>` → STOP <Figuur>: its title (with its number, as the page shows it), the chart as
 * a PNG <Illustratie>, the caption as <Bijschrift> and the source line as <Bron>. */
import { textAttribute } from "../../content/model/attributes.ts";
import type { Attributes } from "../../content/model/types.ts";
import { findDataset } from "../../datasets/lookup.ts";
import type { Dataset } from "../../datasets/types.ts";
import { figureText, type FigureText } from "../../figures/figure-text.ts";
import { t } from "../../../i18n/t.ts";
import { el, type XmlElement } from "../xml.ts";
import { anchors, type TextContext } from "./context.ts";

/** The words around a figure's chart, as the page shows them, from the tag's attributes. */
export function figureOf(datasets: readonly Dataset[], attributes: Attributes): { id: string; view: FigureText } | undefined {
  const id = textAttribute(attributes, "id");
  const datasetId = textAttribute(attributes, "dataset");
  if (id === undefined || datasetId === undefined) return undefined;
  return { id, view: figureText(findDataset(datasets, datasetId), { id, title: textAttribute(attributes, "title"), caption: textAttribute(attributes, "caption") }) };
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
