// Keystatic form fields that write back exactly what a chapter says, and nothing more.
// Keystatic's own checkbox always writes `name={false}` and its array field writes `name={[]}`;
// our components treat a missing prop as "the default", so these fields leave it out instead.
import { fields } from "@keystatic/core";

type Options = { label: string; description?: string };

/** A boolean prop that is either there (`capitalize`) or left out: never `capitalize={false}`. */
export function flag({ label, description }: Options) {
  const field = fields.checkbox({ label, ...(description ? { description } : {}) });
  return { ...field, serialize: (value: boolean) => ({ value: value ? true : undefined }) };
}

/** A prop that the form does not show and that is always written, such as `block` on a block <OpenPoint>. */
export function alwaysTrue() {
  const field = fields.checkbox({ label: "" });
  return {
    ...field,
    Input: () => null,
    defaultValue: () => true,
    parse: () => true,
    serialize: () => ({ value: true }),
    reader: { parse: () => true },
  };
}

const standard = "standaard";
const yes = "ja";
const no = "nee";

/** A boolean prop with three states: left out (the component's default), `name` or `name={false}`. */
export function threeWay({ label, description, yesLabel, noLabel, standardLabel }: Options & { yesLabel: string; noLabel: string; standardLabel: string }) {
  const field = fields.select({
    label,
    ...(description ? { description } : {}),
    options: [
      { label: standardLabel, value: standard },
      { label: yesLabel, value: yes },
      { label: noLabel, value: no },
    ],
    defaultValue: standard,
  });
  const parse = (value: unknown) => (value === true ? yes : value === false ? no : standard);
  return {
    ...field,
    parse,
    serialize: (value: string) => ({ value: value === yes ? true : value === no ? false : undefined }),
    reader: { parse },
  };
}

/** A list of names (`rows={["6 of hoger", "5 of lager"]}`), edited as one name per line; left out when empty. */
export function nameList({ label, description }: Options) {
  const field = fields.text({ label, multiline: true, ...(description ? { description } : {}) });
  const parse = (value: unknown) => {
    if (value === undefined) return "";
    if (!Array.isArray(value)) throw new Error("Verwacht een lijst van namen.");
    return value.map(String).join("\n");
  };
  const serialize = (value: string) => {
    const names = value
      .split("\n")
      .map((name) => name.trim())
      .filter((name) => name !== "");
    return { value: names.length > 0 ? names : undefined };
  };
  return { ...field, formKind: undefined, parse, serialize, reader: { parse } };
}

/** A row name. A number (`row={2040}`) is read too and written back as text, which <Value> reads the same. */
export function rowName({ label, description }: Options) {
  const field = fields.text({ label, validation: { isRequired: true }, ...(description ? { description } : {}) });
  const parse = (value: unknown) => {
    if (typeof value === "number") return String(value);
    if (typeof value !== "string") throw new Error("Verwacht de naam van een rij.");
    return value;
  };
  return { ...field, formKind: undefined, parse, reader: { parse } };
}

/** Text that may be empty and is then written as "" (a dataset's `unit: ""` for a bare count). */
export function textKeptWhenEmpty({ label, description }: Options) {
  const field = fields.text({ label, ...(description ? { description } : {}) });
  return { ...field, formKind: undefined, serialize: (value: string) => ({ value }) };
}

/** A peildatum: `onbekend`, 2024, 2025-05 or 2024-01-01. A bare year is written as the number it was. */
export function peildatum({ label, description }: Options) {
  const field = fields.text({ label, validation: { isRequired: true }, ...(description ? { description } : {}) });
  // Keystatic reads YAML with js-yaml, which turns 2024-01-01 into a Date.
  const parse = (value: unknown) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
  return {
    ...field,
    formKind: undefined,
    parse,
    serialize: (value: string) => ({ value: /^\d{4}$/.test(value.trim()) ? Number(value) : value.trim() }),
    reader: { parse },
  };
}
