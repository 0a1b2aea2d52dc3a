// Keystatic form fields that write back exactly what a file says, and nothing more.
// Keystatic's own checkbox always writes `name={false}` and its array field writes `name={[]}`;
// our components treat a missing prop as "the default", so these fields leave it out instead.
import { fields } from "@keystatic/core";
import type { BasicFormField, FormFieldStoredValue } from "@keystatic/core";

type Options = { label: string; description?: string };
const describe = (description: string | undefined) => (description ? { description } : {});

/** A text input whose stored value is read and written by `parse` and `serialize`. */
function textInput(
  options: Options & { multiline?: boolean; isRequired?: boolean },
  parse: (value: FormFieldStoredValue) => string,
  serialize: (value: string) => FormFieldStoredValue,
): BasicFormField<string> {
  const { Input } = fields.text({
    label: options.label,
    ...describe(options.description),
    ...(options.multiline ? { multiline: true } : {}),
    ...(options.isRequired ? { validation: { isRequired: true } } : {}),
  });
  const validate = (value: string) => {
    if (options.isRequired && value.trim() === "") throw new Error(`${options.label}: dit veld is verplicht`);
    return value;
  };
  return {
    kind: "form",
    label: options.label,
    Input,
    defaultValue: () => "",
    parse,
    serialize: (value) => ({ value: serialize(value) }),
    validate,
    reader: { parse: (value) => validate(parse(value)) },
  };
}

/** A boolean prop that is either there (`capitalize`) or left out: never `capitalize={false}`. */
export function flag({ label, description }: Options): BasicFormField<boolean> {
  const field = fields.checkbox({ label, ...describe(description) });
  return { ...field, serialize: (value) => ({ value: value ? true : undefined }) };
}

/** A prop that the form does not show and that is always written, such as `block` on a block <OpenPoint>. */
export function alwaysTrue(): BasicFormField<boolean> {
  return {
    kind: "form",
    Input: () => null,
    defaultValue: () => true,
    parse: () => true,
    serialize: () => ({ value: true }),
    validate: () => true,
    reader: { parse: () => true },
  };
}

const threeWayValues = { standard: "standaard", yes: "ja", no: "nee" } as const;

/** A boolean prop with three states: left out (the component's default), `name` or `name={false}`. */
export function threeWay(
  options: Options & { standardLabel: string; yesLabel: string; noLabel: string },
): BasicFormField<string> {
  const field = fields.select({
    label: options.label,
    ...describe(options.description),
    options: [
      { label: options.standardLabel, value: threeWayValues.standard },
      { label: options.yesLabel, value: threeWayValues.yes },
      { label: options.noLabel, value: threeWayValues.no },
    ],
    defaultValue: threeWayValues.standard,
  });
  const parse = (value: FormFieldStoredValue) =>
    value === true ? threeWayValues.yes : value === false ? threeWayValues.no : threeWayValues.standard;
  return {
    ...field,
    parse,
    serialize: (value) => ({ value: value === threeWayValues.yes ? true : value === threeWayValues.no ? false : undefined }),
    reader: { parse },
  };
}

/** Text that may be empty and is then written as "" (a dataset's `unit: ""` for a bare count). */
export function textKeptWhenEmpty(options: Options): BasicFormField<string> {
  return textInput(
    options,
    (value) => (typeof value === "string" ? value : ""),
    (value) => value,
  );
}

/** A peildatum: `onbekend`, 2024, 2025-05 or 2024-01-01. A bare year is written as the number it was. */
export function peildatum(options: Options): BasicFormField<string> {
  return textInput(
    { ...options, isRequired: true },
    // Keystatic reads YAML with js-yaml, which turns 2024-01-01 into a Date.
    (value) =>
      value instanceof Date
        ? value.toISOString().slice(0, 10)
        : typeof value === "number"
          ? String(value)
          : typeof value === "string"
            ? value
            : "",
    (value) => (/^\d{4}$/.test(value.trim()) ? Number(value) : value.trim()),
  );
}
