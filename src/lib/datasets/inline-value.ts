/** How one <Value of row col unit qualifier capitalize /> reads, from a list of datasets: the one
 * place that turns the tag into text, for the page (Value.astro) and for the renvooi, which reads
 * two editions, each with its own datasets. */
import { formatInlineValue, type InlineValueText } from "../format.ts";
import { resolveValue, type ResolvedValue } from "./lookup.ts";
import type { Dataset } from "./types.ts";

export interface ValueTag {
  of: string;
  row: string | number;
  col?: string | undefined;
  /** true: always show the unit; false: never; undefined: only "%". */
  unit?: boolean | undefined;
  /** false: leave out "ruim", "amper" … */
  qualifier?: boolean | undefined;
  capitalize?: boolean | undefined;
}

export interface InlineValue extends InlineValueText {
  resolved: ResolvedValue;
}

/** A wrong dataset, row or column name throws the lookup's message with the valid names. */
export function inlineValue(datasets: readonly Dataset[], tag: ValueTag): InlineValue {
  const resolved = resolveValue(datasets, tag.of, tag.row, tag.col);
  const text = formatInlineValue({
    value: resolved.value,
    type: resolved.field.type,
    qualifier: resolved.qualifier,
    wording: resolved.wording,
    unit: resolved.unit,
    ...(tag.unit === undefined ? {} : { showUnit: tag.unit }),
    ...(tag.qualifier === undefined ? {} : { showQualifier: tag.qualifier }),
    ...(tag.capitalize === undefined ? {} : { capitalize: tag.capitalize }),
  });
  return { ...text, resolved };
}
