// Every component a chapter uses, declared for the editor with every prop and its type.
// The props follow src/components/*.astro; a wrong value the editor cannot prevent (a row that is not
// in the dataset, a figure id that does not exist) still stops the build with a Dutch message.
import { createElement, Fragment, type ReactNode } from "react";
import { fields } from "@keystatic/core";
import { Icon } from "@keystar/ui/icon";
import { alertTriangleIcon } from "@keystar/ui/icon/icons/alertTriangleIcon";
import { superscriptIcon } from "@keystar/ui/icon/icons/superscriptIcon";
import { block, inline, mark, wrapper } from "@keystatic/core/content-components";
import { chartTypeChoices } from "../lib/charts/chart-types.ts";
import { datasetOptions } from "./datasets.ts";
import { alwaysTrue, flag, nameList, rowName, threeWay } from "./fields.ts";

const firstDataset = datasetOptions[0]?.value ?? "";

/** A component whose MDX element has another name: read by our patch of @keystatic/core (patches/). */
const writtenAs = <Component extends object>(mdxName: string, component: Component) => Object.assign(component, { mdxName });

/** What the editor shows in place of a component: its main props, in a few words. */
const summary = (...parts: (string | undefined)[]) =>
  createElement("span", { className: "wzv-studio-summary" }, parts.filter((part) => part !== undefined && part !== "").join(" · "));
const withChildren = (text: string, children: ReactNode) => createElement(Fragment, null, summary(text), children);

function datasetField(label: string) {
  return fields.select({
    label,
    description: "De cijfers uit de map data/.",
    options: datasetOptions,
    defaultValue: firstDataset,
  });
}

// "liggende staven: aandelen en vergelijkingen": the Dutch name of a chart type before the colon.
const chartTypeOptions = chartTypeChoices().map(({ type, use }) => ({ value: type, label: use.charAt(0).toUpperCase() + use.slice(1) }));
const chartTypeName = (type: string) => chartTypeChoices().find((choice) => choice.type === type)?.use.split(":")[0] ?? type;

export const components = {
  Value: inline({
    label: "Getal uit de cijfers",
    description: "Een getal uit data/ in de lopende tekst, in Nederlandse notatie.",
    schema: {
      of: datasetField("Dataset"),
      row: rowName({ label: "Rij", description: "De naam van de rij in de eerste kolom van de dataset, bijvoorbeeld Lariks of 2040." }),
      col: fields.text({ label: "Kolom", description: "Alleen nodig als de rij meer dan één getal heeft." }),
      unit: threeWay({
        label: "Eenheid tonen",
        standardLabel: "Standaard (alleen %)",
        yesLabel: "Altijd (3.410 woningen)",
        noLabel: "Nooit",
      }),
      qualifier: threeWay({
        label: "Woorden als ‘ruim’ of ‘amper’",
        standardLabel: "Tonen (standaard)",
        yesLabel: "Altijd tonen",
        noLabel: "Weglaten: de zin zegt het al",
      }),
      capitalize: flag({ label: "Hoofdletter", description: "Aan het begin van een zin." }),
    },
    ContentView: ({ value }) => summary(value.row, value.of),
  }),
  Ref: inline({
    label: "Verwijzing naar een figuur",
    description: "Toont ‘figuur 3’ als link naar de figuur, ook in een ander hoofdstuk.",
    schema: {
      to: fields.text({
        label: "Figuur",
        description: "De naam (id) van de figuur, zoals die bij de figuur staat, bijvoorbeeld mantelzorgers.",
        validation: { isRequired: true },
      }),
    },
    ContentView: ({ value }) => summary(`figuur ‘${value.to}’`),
  }),
  OpenPoint: mark({
    label: "Open punt",
    tag: "mark",
    icon: createElement(Icon, { src: alertTriangleIcon }),
    schema: {
      reason: fields.text({ label: "Wat ontbreekt er", multiline: true, validation: { isRequired: true } }),
    },
  }),
  // The block form of <OpenPoint>: Keystatic keys components by name, so it has its own key and names
  // the element it writes in mdxName (read by our patch of @keystatic/core, see patches/).
  OpenPointBlock: writtenAs("OpenPoint", wrapper({
    label: "Open punt (blok)",
    description: "Een ontbrekende figuur, matrix of tabel.",
    // `block` first: Keystatic writes props in this order, as the chapters have them.
    schema: {
      block: alwaysTrue(),
      reason: fields.text({ label: "Wat ontbreekt er", multiline: true, validation: { isRequired: true } }),
    },
    ContentView: ({ value, children }) => withChildren(value.reason, children),
  })),
  Footnote: mark({
    label: "Voetnoot",
    tag: "sup",
    icon: createElement(Icon, { src: superscriptIcon }),
    schema: {},
  }),
  Figure: block({
    label: "Figuur",
    description: "Een genummerde figuur met bron, tabel en download.",
    schema: {
      id: fields.text({
        label: "Naam (id)",
        description: "Kleine letters en streepjes, bijvoorbeeld zorgvraag-drenthe. Hiermee verwijst u naar de figuur.",
        validation: { isRequired: true },
      }),
      dataset: datasetField("Dataset"),
      type: fields.select({ label: "Soort figuur", options: chartTypeOptions, defaultValue: "bar" }),
      title: fields.text({ label: "Titel", description: "Leeg: de titel van de dataset." }),
      caption: fields.text({ label: "Bijschrift", multiline: true, description: "Leeg: de beschrijving van de dataset." }),
      label: fields.text({ label: "Kolom met de namen", description: "Leeg: de eerste kolom." }),
      value: fields.text({ label: "Kolom met de getallen", description: "Leeg: de enige kolom met getallen." }),
      rows: nameList({ label: "Rijen", description: "Eén rij per regel, in deze volgorde. Leeg: alle rijen." }),
    },
    ContentView: ({ value }) => summary(value.title || value.caption, `dataset ${value.dataset}`, chartTypeName(value.type), `naam ${value.id}`),
  }),
  DataTable: block({
    label: "Tabel",
    description: "Een dataset als tabel.",
    schema: {
      dataset: datasetField("Dataset"),
      columns: nameList({ label: "Kolommen", description: "Eén kolomnaam per regel, in deze volgorde. Leeg: alle kolommen." }),
      rows: nameList({ label: "Rijen", description: "Eén rij per regel, in deze volgorde. Leeg: alle rijen." }),
      caption: fields.text({ label: "Bijschrift", description: "Leeg: de titel van de dataset." }),
    },
    ContentView: ({ value }) => summary(value.caption, `dataset ${value.dataset}`),
  }),
  Ambities: wrapper({
    label: "Ambities",
    description: "Het blok met de ambities van het hoofdstuk.",
    schema: {},
  }),
  Note: wrapper({
    label: "Kader ‘Vooraf’",
    description: "Een kader vóór een stuk tekst.",
    schema: {
      title: fields.text({ label: "Kop", description: "Leeg: ‘Vooraf’." }),
    },
    ContentView: ({ value, children }) => withChildren(value.title || "Vooraf", children),
  }),
  Quote: wrapper({
    label: "Citaat",
    schema: {
      source: fields.text({ label: "Bron", description: "Wie of wat er geciteerd wordt.", validation: { isRequired: true } }),
    },
    ContentView: ({ value, children }) => withChildren(`Bron: ${value.source}`, children),
  }),
};
