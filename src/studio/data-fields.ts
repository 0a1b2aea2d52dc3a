// Form fields that choose from what exists: a dataset, one of its rows or columns, rows or columns
// for a figure or table, a figure; and a figure's own name, unique, with a free one suggested.
// Choices come from the files as they are now (./facts.ts). A value the file has but that does not
// exist (a typo made by hand) is still read, shown as such and refused by the form: the chapter
// opens in the studio, where the editor repairs it.
import { createElement as h, useEffect, useRef } from "react";
import type { FormFieldStoredValue } from "@keystatic/core";
import { Checkbox, CheckboxGroup } from "@keystar/ui/checkbox";
import { Item, Picker } from "@keystar/ui/picker";
import { TextField } from "@keystar/ui/text-field";
import { figureIdPattern, freeFigureId } from "../lib/content/figure-ids.ts";
import { useFormState, type CheckedField, type FormState } from "./component-form.ts";
import { useStudioFacts, type DatasetFacts, type StudioFacts } from "./facts.ts";

interface Options {
  label: string;
  description?: string;
}

const describe = (description: string | undefined) => (description ? { description } : {});

/** The error to show under a field: after the editor tried to close the form, or at once for a
 * value that does not exist (so a mistake made by hand is visible when the form opens). */
function shown(error: string | undefined, value: unknown, forceValidation: boolean): string | undefined {
  return forceValidation || (value !== "" && !(Array.isArray(value) && value.length === 0)) ? error : undefined;
}

function textValue(value: FormFieldStoredValue): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  throw new Error("Verwacht een naam tussen aanhalingstekens.");
}

/** A field holding text, with a check that knows the other fields and the facts. */
function textField(
  Input: CheckedField<string>["Input"],
  check: CheckedField<string>["check"],
  { required }: { required: boolean },
): CheckedField<string> {
  return {
    kind: "form",
    Input,
    defaultValue: () => "",
    parse: textValue,
    serialize: (value) => ({ value: value === "" ? undefined : value }),
    validate: (value) => {
      if (required && value === "") throw new Error("Dit veld is verplicht.");
      return value;
    },
    reader: { parse: textValue },
    check,
  };
}

const noDataset = "Kies eerst een dataset die bestaat.";

function datasetIn(facts: StudioFacts | undefined, form: FormState | undefined, key: string): DatasetFacts | undefined {
  const id = form?.value[key];
  return typeof id === "string" ? facts?.datasets?.find((dataset) => dataset.id === id) : undefined;
}

/** A picker of `items`; a value that is not among them is listed too, marked as not existing. */
interface ChoiceProps {
  label: string;
  description?: string | undefined;
  items: { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  autoFocus: boolean;
  disabled?: boolean;
  required?: boolean;
}

function choice(props: ChoiceProps) {
  const known = props.value === "" || props.items.some((item) => item.value === props.value);
  const items = known ? props.items : [{ value: props.value, label: `${props.value} (bestaat niet)` }, ...props.items];
  return h(
    Picker,
    {
      label: props.label,
      ...describe(props.description),
      items,
      value: props.value === "" ? null : props.value,
      onChange: (key: unknown) => {
        if (key !== null) props.onChange(String(key));
      },
      autoFocus: props.autoFocus,
      isDisabled: props.disabled ?? false,
      isRequired: props.required ?? true,
      errorMessage: props.error,
      placeholder: "Kies …",
      width: "100%",
      children: (item: unknown) => {
        const { value, label } = item as { value: string; label: string };
        return h(Item, { key: value, children: label });
      },
    },
  );
}

/** The dataset of a <Value>, <Figure> or <DataTable>, chosen by title. */
export function datasetChoice(options: Options): CheckedField<string> {
  const check: CheckedField<string>["check"] = (value, _form, facts) => {
    if (value === "") return "Kies een dataset.";
    if (facts?.datasets && !facts.datasets.some((dataset) => dataset.id === value)) return `Er is geen dataset "${value}". Kies een dataset uit de lijst.`;
    return undefined;
  };
  return textField(
    function DatasetInput({ value, onChange, autoFocus, forceValidation }) {
      const facts = useStudioFacts();
      const form = useFormState();
      const items = [...(facts?.datasets ?? [])]
        .sort((a, b) => a.title.localeCompare(b.title, "nl"))
        .map((dataset) => ({ value: dataset.id, label: `${dataset.title} (${dataset.id})` }));
      return choice({ ...options, items, value, onChange, autoFocus, error: shown(check(value, form, facts), value, forceValidation) });
    },
    check,
    { required: true },
  );
}

/** A row of the dataset in field `datasetKey`, by the name in its key column. */
export function rowChoice(options: Options & { datasetKey: string }): CheckedField<string> {
  const check: CheckedField<string>["check"] = (value, form, facts) => {
    if (value === "") return "Kies een rij.";
    const dataset = datasetIn(facts, form, options.datasetKey);
    if (dataset && !dataset.rows.includes(value)) return `De dataset "${dataset.id}" heeft geen rij "${value}". Kies een rij uit de lijst.`;
    return undefined;
  };
  return textField(
    function RowInput({ value, onChange, autoFocus, forceValidation }) {
      const facts = useStudioFacts();
      const form = useFormState();
      const dataset = datasetIn(facts, form, options.datasetKey);
      return choice({
        label: options.label,
        description: dataset ? `${options.description ?? ""} De rijen uit de kolom "${dataset.keyColumn}".`.trim() : noDataset,
        items: (dataset?.rows ?? []).map((row) => ({ value: row, label: row })),
        value,
        onChange,
        autoFocus,
        disabled: !dataset,
        error: shown(check(value, form, facts), value, forceValidation),
      });
    },
    check,
    { required: true },
  );
}

const standardKey = "*";

/** A column of the dataset in field `datasetKey`; left out (the component's default) when `emptyLabel` is chosen. */
export function columnChoice(options: Options & { datasetKey: string; emptyLabel: string; numericOnly?: boolean }): CheckedField<string> {
  const check: CheckedField<string>["check"] = (value, form, facts) => {
    const dataset = datasetIn(facts, form, options.datasetKey);
    if (value === "" || !dataset) return undefined;
    const column = dataset.columns.find((candidate) => candidate.name === value);
    if (!column) return `De dataset "${dataset.id}" heeft geen kolom "${value}". Kies een kolom uit de lijst.`;
    if (options.numericOnly && !column.numeric) return `De kolom "${value}" bevat geen getallen. Kies een kolom met getallen.`;
    return undefined;
  };
  const field = textField(
    function ColumnInput({ value, onChange, autoFocus, forceValidation }) {
      const facts = useStudioFacts();
      const form = useFormState();
      const dataset = datasetIn(facts, form, options.datasetKey);
      const columns = (dataset?.columns ?? []).filter((column) => !options.numericOnly || column.numeric);
      return choice({
        ...options,
        items: [{ value: standardKey, label: options.emptyLabel }, ...columns.map((column) => ({ value: column.name, label: `${column.title} (${column.name})` }))],
        value: value === "" ? standardKey : value,
        onChange: (next) => onChange(next === standardKey ? "" : next),
        autoFocus,
        disabled: !dataset,
        required: false,
        error: shown(check(value, form, facts), value, forceValidation),
      });
    },
    check,
    { required: false },
  );
  return field;
}

function listValue(value: FormFieldStoredValue): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error("Verwacht een lijst van namen.");
  return value.map(String);
}

/** Rows or columns of the dataset in field `datasetKey`, ticked from a list; written in the order
 * they were ticked (a list already in the file keeps its order); left out when none is ticked. */
export function nameChoices(options: Options & { datasetKey: string; from: "rows" | "columns" }): CheckedField<string[]> {
  const namesOf = (dataset: DatasetFacts) => (options.from === "rows" ? dataset.rows : dataset.columns.map((column) => column.name));
  const check: CheckedField<string[]>["check"] = (value, form, facts) => {
    const dataset = datasetIn(facts, form, options.datasetKey);
    const unknown = dataset ? value.filter((name) => !namesOf(dataset).includes(name)) : [];
    if (unknown.length === 0) return undefined;
    return `De dataset "${dataset!.id}" heeft geen ${options.from === "rows" ? "rij" : "kolom"} ${unknown.map((name) => `"${name}"`).join(", ")}. Vink die uit.`;
  };
  return {
    kind: "form",
    Input: function NamesInput({ value, onChange, forceValidation }) {
      const facts = useStudioFacts();
      const form = useFormState();
      const dataset = datasetIn(facts, form, options.datasetKey);
      const names = dataset ? namesOf(dataset) : [];
      const all = [...value.filter((name) => !names.includes(name)), ...names];
      const error = shown(check(value, form, facts), value, forceValidation);
      return h(
        CheckboxGroup,
        {
          label: options.label,
          ...describe(dataset ? options.description : noDataset),
          value,
          onChange: (ticked: string[]) => onChange([...value.filter((name) => ticked.includes(name)), ...ticked.filter((name) => !value.includes(name))]),
          errorMessage: error,
          isDisabled: !dataset,
          children: all.map((name) => h(Checkbox, { key: name, value: name }, names.includes(name) ? name : `${name} (bestaat niet)`)),
        },
      );
    },
    defaultValue: () => [],
    parse: listValue,
    serialize: (value) => ({ value: value.length > 0 ? value : undefined }),
    validate: (value) => value,
    reader: { parse: listValue },
    check,
  };
}

/** The name (id) of a figure: required, one that no other figure has. An empty name is filled with
 * a free one when a dataset is chosen. `datasetKey` is the field with the figure's dataset. */
export function figureIdField(options: Options & { datasetKey: string }): CheckedField<string> {
  const takenBy = (facts: StudioFacts | undefined, form: FormState | undefined) =>
    (facts?.figures ?? []).filter((figure) => figure.id !== form?.initial["id"]);
  const freeId = (facts: StudioFacts | undefined, form: FormState | undefined) => {
    const dataset = form?.value[options.datasetKey];
    return freeFigureId(typeof dataset === "string" && dataset !== "" ? dataset : undefined, takenBy(facts, form).map((figure) => figure.id));
  };
  const check: CheckedField<string>["check"] = (value, form, facts) => {
    if (value === "") return `Geef de figuur een naam, bijvoorbeeld ${freeId(facts, form)}.`;
    if (!figureIdPattern.test(value)) return "Alleen kleine letters, cijfers en streepjes, beginnend met een letter (bijvoorbeeld zorgvraag-drenthe).";
    const other = takenBy(facts, form).find((figure) => figure.id === value);
    if (other) return `Deze naam heeft al een figuur in ${other.chapterTitle}. Kies een andere, bijvoorbeeld ${freeId(facts, form)}.`;
    return undefined;
  };
  return textField(
    function FigureIdInput({ value, onChange, autoFocus, forceValidation }) {
      const facts = useStudioFacts();
      const form = useFormState();
      const suggested = useRef("");
      const suggestion = facts ? freeId(facts, form) : "";
      useEffect(() => {
        // A new figure gets a free name as soon as its dataset is known; the editor may change it.
        if (suggestion === "" || form?.initial["id"] !== "" || (value !== "" && value !== suggested.current)) return;
        suggested.current = suggestion;
        if (value !== suggestion) onChange(suggestion);
      }, [suggestion]);
      return h(TextField, {
        label: options.label,
        ...describe(options.description),
        value,
        onChange,
        autoFocus,
        isRequired: true,
        errorMessage: shown(check(value, form, facts), value, forceValidation),
      });
    },
    check,
    { required: true },
  );
}

/** A figure for a <Ref>, chosen from the figures of the whole document. */
export function figureChoice(options: Options): CheckedField<string> {
  const check: CheckedField<string>["check"] = (value, _form, facts) => {
    if (value === "") return "Kies een figuur.";
    if (facts && !facts.figures.some((figure) => figure.id === value)) return `Er is geen figuur met de naam "${value}". Kies een figuur uit de lijst.`;
    return undefined;
  };
  return textField(
    function FigureInput({ value, onChange, autoFocus, forceValidation }) {
      const facts = useStudioFacts();
      const form = useFormState();
      const items = (facts?.figures ?? []).map((figure) => ({ value: figure.id, label: `${figure.id} (${figure.chapterTitle})` }));
      return choice({ ...options, items, value, onChange, autoFocus, error: shown(check(value, form, facts), value, forceValidation) });
    },
    check,
    { required: true },
  );
}
