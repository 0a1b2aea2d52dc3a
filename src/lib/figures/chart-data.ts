/** The bars, columns or parts a figure draws from a dataset. */
import type { ChartDatum } from "../charts";
import { valueFields, type Dataset, type DatasetField } from "../datasets/types";
import { UNKNOWN } from "../../schemas/dataset";
import { FigureError } from "../content/figure-index";
import { findField, keyOf, listQuoted, selectRows } from "./select";
import { displayValue, text } from "./source-line";

export interface Selection {
  /** Column whose cells name the bars; default the key column. */
  label?: string | undefined;
  /** Column with the numbers; default the dataset's only number column. */
  value?: string | undefined;
  /** Row keys to show, in this order; default every row. */
  rows?: readonly string[] | undefined;
}

/** The bars, columns or parts a figure draws, checked against the dataset. */
export function chartData(dataset: Dataset, selection: Selection, where: string): ChartDatum[] {
  const labelField = findField(dataset, selection.label ?? dataset.meta.schema.primaryKey, "label", where);
  let valueField: DatasetField;
  if (selection.value !== undefined) {
    valueField = findField(dataset, selection.value, "value", where);
    if (valueField.type !== "number" && valueField.type !== "integer") {
      throw new FigureError(
        `${where}: de kolom "${valueField.name}" van dataset "${dataset.id}" bevat geen getallen en kan niet getekend worden. Kies uit: ${listQuoted(valueFields(dataset.meta).map((f) => f.name))}.`,
      );
    }
  } else {
    const numeric = valueFields(dataset.meta);
    if (numeric.length !== 1) {
      throw new FigureError(
        `${where}: de dataset "${dataset.id}" heeft ${numeric.length === 0 ? "geen kolom" : "meer dan één kolom"} met getallen; geef met value="…" aan welke de figuur tekent. Kies uit: ${listQuoted(numeric.map((f) => f.name))}.`,
      );
    }
    valueField = numeric[0]!;
  }
  return selectRows(dataset, selection.rows, where).map((row) => {
    const value = row[valueField.name];
    if (typeof value !== "number") {
      throw new FigureError(
        `${where}: in dataset "${dataset.id}" (${dataset.file.csv}) is de cel "${valueField.name}" van rij "${keyOf(dataset, row)}" leeg (${UNKNOWN}); een figuur kan geen onbekend getal tekenen. Laat de rij weg met rows={[…]} of toon de cijfers met <DataTable>.`,
      );
    }
    return { label: text(row[labelField.name]), value, display: displayValue(dataset.meta, valueField, row) };
  });
}
