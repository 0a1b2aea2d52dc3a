/** The components an editor can write in a chapter, with their attributes: what the check holds
 * every tag against. Mirrors the Props of src/components/*.astro and the list in
 * src/components/mdx-components.ts (a unit test keeps the names in step). */

/** How an attribute is written: `of="…"` (text), `row="…"` or `row={2040}` (text or number),
 * `rows={["a", "b"]}` (list), `block` or `unit={false}` (flag). */
export type AttributeKind = "text" | "text-or-number" | "list" | "flag";

export interface AttributeSpec {
  kind: AttributeKind;
  required?: boolean;
  /** An example as an editor writes it: `of="eenzaamheid"`. */
  example: string;
}

export interface ComponentSpec {
  /** "block": on a line of its own; "inline": inside a sentence; "both". */
  placement: "block" | "inline" | "both";
  attributes: Readonly<Record<string, AttributeSpec>>;
  /** Attributes are not checked (the document model does not keep them for this component). */
  unchecked?: boolean;
}

export const components: Readonly<Record<string, ComponentSpec>> = {
  Ambities: { placement: "block", attributes: {}, unchecked: true },
  Quote: { placement: "block", attributes: { source: { kind: "text", required: true, example: 'source="Visie op Leefbaarheid, Actium"' } }, unchecked: true },
  Note: { placement: "block", attributes: { title: { kind: "text", example: 'title="Vooraf"' } } },
  OpenPoint: {
    placement: "both",
    attributes: {
      reason: { kind: "text", required: true, example: 'reason="Het percentage ontbreekt nog."' },
      block: { kind: "flag", example: "block" },
    },
  },
  Value: {
    placement: "inline",
    attributes: {
      of: { kind: "text", required: true, example: 'of="eenzaamheid"' },
      row: { kind: "text-or-number", required: true, example: 'row="Lariks"' },
      col: { kind: "text", example: 'col="aandeel"' },
      unit: { kind: "flag", example: "unit={false}" },
      qualifier: { kind: "flag", example: "qualifier={false}" },
      capitalize: { kind: "flag", example: "capitalize" },
    },
  },
  Figure: {
    placement: "block",
    attributes: {
      id: { kind: "text", required: true, example: 'id="mantelzorgers"' },
      dataset: { kind: "text", required: true, example: 'dataset="mantelzorgers"' },
      type: { kind: "text", required: true, example: 'type="bar"' },
      title: { kind: "text", example: 'title="…"' },
      caption: { kind: "text", example: 'caption="…"' },
      label: { kind: "text", example: 'label="wijk"' },
      value: { kind: "text", example: 'value="aandeel"' },
      rows: { kind: "list", example: 'rows={["Assen", "Lariks"]}' },
    },
  },
  DataTable: {
    placement: "block",
    attributes: {
      dataset: { kind: "text", required: true, example: 'dataset="ontmoetingsruimte"' },
      columns: { kind: "list", example: 'columns={["wijk", "ontmoetingsruimte"]}' },
      rows: { kind: "list", example: 'rows={["Assen", "Lariks"]}' },
      caption: { kind: "text", example: 'caption="…"' },
    },
  },
  Ref: { placement: "inline", attributes: { to: { kind: "text", required: true, example: 'to="mantelzorgers"' } } },
};

export const componentNames = Object.keys(components);
