/** Tables → CALS <table>: a `<DataTable>` from its dataset (as the page shows it, with its source
 * line), and a table written in Markdown from its cells. */
import { listAttribute, textAttribute } from "../../content/model/attributes.ts";
import type { Attributes, TableBlock } from "../../content/model/types.ts";
import { findDataset } from "../../datasets/lookup.ts";
import { sourceLineOf } from "../../figures/figure-text.ts";
import { tableModel } from "../../figures/table-model.ts";
import { el, type XmlElement, type XmlNode } from "../xml.ts";
import type { TextContext } from "./context.ts";
import type { InlineRenderer } from "./inline.ts";

function entry(content: readonly XmlNode[], column: number): XmlElement {
  return el("entry", { colname: `col${column}` }, content.length > 0 ? [el("Al", {}, [...content])] : []);
}

function row(cells: readonly (readonly XmlNode[])[]): XmlElement {
  return el("row", {}, cells.map((cell, index) => entry(cell, index + 1)));
}

/** The CALS frame: columns, a header row and the body rows. */
function calsTable(title: string | undefined, header: readonly (readonly XmlNode[])[], body: readonly (readonly XmlNode[])[][], source?: string): XmlElement {
  const columns = Math.max(header.length, ...body.map((cells) => cells.length));
  return el("table", {}, [
    title !== undefined && el("title", {}, [title]),
    el("tgroup", { cols: String(columns), align: "left" }, [
      ...Array.from({ length: columns }, (_, index) => el("colspec", { colname: `col${index + 1}`, colnum: String(index + 1) })),
      el("thead", { valign: "top" }, [row(header)]),
      el("tbody", { valign: "top" }, body.map(row)),
    ]),
    source !== undefined && el("Bron", {}, [source]),
  ]);
}

export function dataTable(context: TextContext, attributes: Attributes): XmlElement | undefined {
  const id = textAttribute(attributes, "dataset");
  if (id === undefined) return undefined;
  const dataset = findDataset(context.datasets, id);
  const model = tableModel(dataset, { columns: listAttribute(attributes, "columns"), rows: listAttribute(attributes, "rows") });
  return calsTable(
    textAttribute(attributes, "caption") ?? dataset.meta.title,
    model.columns.map((column) => [column.title]),
    model.rows.map((cells) => cells.map((cell) => [cell.text])),
    sourceLineOf(dataset),
  );
}

export function markdownTable(block: TableBlock, inline: InlineRenderer): XmlElement | undefined {
  const [header, ...body] = block.rows.map((tableRow) => tableRow.cells.map((cell) => inline.content(cell)));
  return header ? calsTable(undefined, header, body) : undefined;
}
