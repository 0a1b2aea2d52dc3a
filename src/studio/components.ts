// Every component a chapter uses, declared for the editor with every prop and its type.
// The props follow src/components/*.astro. The components that refer to data (<Value>, <Ref>,
// <Figure>, <DataTable>) and those with a required text (<Quote>, the block <OpenPoint>) have our
// own form (./component-form.ts): it opens by itself when one is inserted, offers only datasets, rows, columns and figures that exist (./data-fields.ts) and
// closes only when the required fields are filled; a save the build would refuse is refused
// (src/integrations/save-check.ts).
import { createElement, Fragment, type ReactNode } from "react";
import { fields } from "@keystatic/core";
import { Icon } from "@keystar/ui/icon";
import { alertTriangleIcon } from "@keystar/ui/icon/icons/alertTriangleIcon";
import { superscriptIcon } from "@keystar/ui/icon/icons/superscriptIcon";
import { block, inline, mark, wrapper } from "@keystatic/core/content-components";
import { chartTypeChoices } from "../lib/charts/chart-types.ts";
import { BlockView, InlineToolbar, InlineView, WrapperView, type ComponentView } from "./component-form.ts";
import { columnChoice, datasetChoice, figureChoice, figureIdField, nameChoices, rowChoice } from "./data-fields.ts";
import { alwaysTrue, flag, threeWay } from "./fields.ts";

/** A component whose MDX element has another name: read by our patch of @keystatic/core (patches/). */
const writtenAs = <Component extends object>(mdxName: string, component: Component) => Object.assign(component, { mdxName });

/** What the editor shows in place of a component: its main props, in a few words. */
const summary = (...parts: (string | undefined)[]) =>
  createElement("span", { className: "wzv-studio-summary" }, parts.filter((part) => part !== undefined && part !== "").join(" · "));
const withChildren = (text: string, children: ReactNode) => createElement(Fragment, null, summary(text), children);

const datasetField = () => datasetChoice({ label: "Dataset", description: "De cijfers uit de map data/." });

/** The title of a dataset once the facts are there, else its name. */
const datasetTitle = (id: unknown, facts: { datasets?: { id: string; title: string }[] | undefined } | undefined) =>
  typeof id === "string" ? (facts?.datasets?.find((dataset) => dataset.id === id)?.title ?? id) : "";

const valueSchema = {
  of: datasetField(),
  row: rowChoice({ label: "Rij", datasetKey: "of" }),
  col: columnChoice({ label: "Kolom", datasetKey: "of", emptyLabel: "De enige kolom met getallen (standaard)", description: "Alleen nodig als de rij meer dan één getal heeft." }),
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
};

const valueView: ComponentView = {
  label: "Getal uit de cijfers",
  schema: valueSchema,
  incomplete: (value) => value["of"] === "" || value["row"] === "",
  summary: (value) => [value["row"], value["of"]].filter((part) => part !== "").join(" · ") || "nog geen getal gekozen",
};

const refSchema = {
  to: figureChoice({ label: "Figuur", description: "De figuur waarnaar de tekst verwijst, uit het hele document." }),
};

const refView: ComponentView = {
  label: "Verwijzing naar een figuur",
  schema: refSchema,
  incomplete: (value) => value["to"] === "",
  summary: (value) => (value["to"] === "" ? "nog geen figuur gekozen" : `figuur ‘${String(value["to"])}’`),
};

const chartTypeOptions = chartTypeChoices().map(({ type, use }) => ({ value: type, label: `${use.charAt(0).toUpperCase()}${use.slice(1)}` }));

const figureSchema = {
  id: figureIdField({
    label: "Naam (id)",
    description: "Kleine letters en streepjes, bijvoorbeeld zorgvraag-drenthe. Hiermee verwijst u naar de figuur; geen andere figuur mag dezelfde naam hebben.",
    datasetKey: "dataset",
  }),
  dataset: datasetField(),
  type: fields.select({ label: "Soort figuur", options: chartTypeOptions, defaultValue: "bar" }),
  title: fields.text({ label: "Titel", description: "Leeg: de titel van de dataset." }),
  caption: fields.text({ label: "Bijschrift", multiline: true, description: "Leeg: de beschrijving van de dataset." }),
  label: columnChoice({ label: "Kolom met de namen", datasetKey: "dataset", emptyLabel: "De eerste kolom (standaard)" }),
  value: columnChoice({ label: "Kolom met de getallen", datasetKey: "dataset", emptyLabel: "De enige kolom met getallen (standaard)", numericOnly: true }),
  rows: nameChoices({ label: "Rijen", description: "Vink de rijen aan die de figuur toont, in de volgorde waarin u ze aanvinkt. Geen enkele aangevinkt: alle rijen.", datasetKey: "dataset", from: "rows" }),
};

const figureView: ComponentView = {
  label: "Figuur",
  schema: figureSchema,
  incomplete: (value) => value["id"] === "" || value["dataset"] === "",
  summary: (value, facts) =>
    [value["title"] || value["caption"] || datasetTitle(value["dataset"], facts), `naam: ${String(value["id"]) || "nog geen"}`, `dataset: ${String(value["dataset"]) || "nog geen"}`]
      .filter((part) => part !== "")
      .join(" · "),
};

const tableSchema = {
  dataset: datasetField(),
  columns: nameChoices({ label: "Kolommen", description: "Vink de kolommen aan, in de volgorde waarin u ze aanvinkt. Geen enkele aangevinkt: alle kolommen.", datasetKey: "dataset", from: "columns" }),
  rows: nameChoices({ label: "Rijen", description: "Vink de rijen aan, in de volgorde waarin u ze aanvinkt. Geen enkele aangevinkt: alle rijen.", datasetKey: "dataset", from: "rows" }),
  caption: fields.text({ label: "Bijschrift", description: "Leeg: de titel van de dataset." }),
};

const tableView: ComponentView = {
  label: "Tabel",
  schema: tableSchema,
  incomplete: (value) => value["dataset"] === "",
  summary: (value, facts) => [value["caption"] || datasetTitle(value["dataset"], facts), `dataset: ${String(value["dataset"]) || "nog geen"}`].filter((part) => part !== "").join(" · "),
};

// `block` first: Keystatic writes props in this order, as the chapters have them.
const openPointBlockSchema = {
  block: alwaysTrue(),
  reason: fields.text({ label: "Wat ontbreekt er", multiline: true, validation: { isRequired: true } }),
};

const openPointBlockView: ComponentView = {
  label: "Open punt (blok)",
  schema: openPointBlockSchema,
  incomplete: (value) => String(value["reason"] ?? "").trim() === "",
  summary: (value) => String(value["reason"] ?? "").trim() || "wat er ontbreekt: nog niet ingevuld",
};

const quoteSchema = {
  source: fields.text({ label: "Bron", description: "Wie of wat er geciteerd wordt.", validation: { isRequired: true } }),
};

const quoteView: ComponentView = {
  label: "Citaat",
  schema: quoteSchema,
  incomplete: (value) => String(value["source"] ?? "").trim() === "",
  summary: (value) => `Bron: ${String(value["source"] ?? "").trim() || "nog niet ingevuld"}`,
};

export const components = {
  Value: inline({
    label: valueView.label,
    description: "Een getal uit data/ in de lopende tekst, in Nederlandse notatie.",
    schema: valueSchema,
    NodeView: InlineView(valueView),
    ToolbarView: InlineToolbar(valueView),
  }),
  Ref: inline({
    label: refView.label,
    description: "Toont ‘figuur 3’ als link naar de figuur, ook in een ander hoofdstuk.",
    schema: refSchema,
    NodeView: InlineView(refView),
    ToolbarView: InlineToolbar(refView),
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
    label: openPointBlockView.label,
    description: "Een ontbrekende figuur, matrix of tabel.",
    schema: openPointBlockSchema,
    NodeView: WrapperView(openPointBlockView),
  })),
  Footnote: mark({
    label: "Voetnoot",
    tag: "sup",
    icon: createElement(Icon, { src: superscriptIcon }),
    schema: {},
  }),
  Figure: block({
    label: figureView.label,
    description: "Een genummerde figuur met bron, tabel en download.",
    schema: figureSchema,
    NodeView: BlockView(figureView),
  }),
  DataTable: block({
    label: tableView.label,
    description: "Een dataset als tabel.",
    schema: tableSchema,
    NodeView: BlockView(tableView),
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
    label: quoteView.label,
    schema: quoteSchema,
    NodeView: WrapperView(quoteView),
  }),
};
