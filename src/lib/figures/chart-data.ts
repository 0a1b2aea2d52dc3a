/** The bars, columns or parts a figure draws from a dataset. */
import type { ChartDatum } from "../charts/index.ts";
import { valueFields, type Dataset, type DatasetField } from "../datasets/types.ts";
import { UNKNOWN } from "../../schemas/dataset.ts";
import { FigureError } from "../content/figure-index.ts";
import { listNames } from "../names.ts";
import { findField, keyOf, selectRows } from "./select.ts";
import { displayValue, text } from "./source-line.ts";

export interface Selection {
  /** Column whose cells name the bars; default the key column. */
  label?: string | undefined;
  /** Column with the numbers; default the dataset's only number column. */
  value?: string | undefined;
  /** Row keys to show, in this order; default every row. */
  rows?: readonly string[] | undefined;
}

/** The bars, columns or parts a figure draws, checked against the dataset. */
export function chartData(dataset: Dataset, selection: Selection): ChartDatum[] {
  const labelField = findField(dataset, selection.label ?? dataset.meta.schema.primaryKey, "label");
  const numeric = valueFields(dataset.meta).map((f) => f.name);
  let valueField: DatasetField;
  if (selection.value !== undefined) {
    valueField = findField(dataset, selection.value, "value");
    if (valueField.type !== "number" && valueField.type !== "integer") {
      throw new FigureError({
        attribute: "value",
        problem: `de kolom "${valueField.name}" van dataset "${dataset.id}" bevat geen getallen en kan niet getekend worden.`,
        expected: `een kolom met getallen: ${listNames(numeric)}`,
        fix: "Kies met value=\"…\" een kolom met getallen.",
      });
    }
  } else {
    if (numeric.length !== 1) {
      throw new FigureError({
        problem: `de dataset "${dataset.id}" heeft ${numeric.length === 0 ? "geen kolom" : "meer dan één kolom"} met getallen, dus er moet bij staan welke de figuur tekent.`,
        expected: `value="…" met een kolom met getallen${numeric.length === 0 ? "" : `: ${listNames(numeric)}`}`,
        fix: numeric.length === 0 ? "Een figuur tekent getallen; toon deze dataset met <DataTable>." : 'Voeg value="…" toe met de kolom die de figuur tekent.',
      });
    }
    valueField = dataset.meta.schema.fields.find((field) => field.name === numeric[0])!;
  }
  return selectRows(dataset, selection.rows).map((row) => {
    const value = row[valueField.name];
    if (typeof value !== "number") {
      throw new FigureError({
        problem: `in dataset "${dataset.id}" is de cel "${valueField.name}" van rij "${keyOf(dataset, row)}" leeg (${UNKNOWN}); een figuur kan geen onbekend getal tekenen.`,
        expected: `een getal in elke rij die de figuur tekent (${dataset.file.csv})`,
        fix: "Laat de rij weg met rows={[…]}, of toon de cijfers met <DataTable>.",
      });
    }
    return { label: text(row[labelField.name]), value, display: displayValue(dataset.meta, valueField, row) };
  });
}
