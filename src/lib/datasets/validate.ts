import { z } from "zod";
import {
  changeSchema,
  datasetMetaSchema,
  fieldSchema,
  sourceSchema,
  tableSchema,
  type DatasetMeta,
} from "../../schemas/dataset.ts";
import { parsedYaml, yamlPosition } from "../yaml-position.ts";
import { cellSchema, type CellIssue } from "./cells.ts";
import type { CsvTable } from "./csv.ts";
import { didYouMean, listNames } from "../names.ts";
import type { DatasetProblem } from "./errors.ts";
import { notationProblems } from "./notation.ts";
import type { DatasetRow } from "./types.ts";

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: DatasetProblem[] };

/** Allowed keys per metadata object, for "bedoelde u …?" on a misspelt key. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  const last = path.filter((part) => typeof part === "string").at(-1);
  const shapes: Record<string, object> = {
    source: sourceSchema.shape,
    schema: tableSchema.shape,
    fields: fieldSchema.shape,
    constraints: { required: true, enum: true },
    changes: changeSchema.shape,
  };
  return Object.keys((last !== undefined && shapes[last]) || datasetMetaSchema.shape);
}

/** "schema.fields.3.type" with 1-based list positions, as an editor counts. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === "number" ? String(part + 1) : String(part))).join(".");
}

/** The value as found, for plain values; lists and blocks are not repeated in the message. */
function show(value: unknown): string | undefined {
  if (value === undefined || (value !== null && typeof value === "object")) return undefined;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The values of a parsed YAML document; undefined when it is not valid YAML. */
function yamlValues(document: ReturnType<typeof parsedYaml>["document"]): { data: unknown } | undefined {
  if (document.errors.length > 0) return undefined;
  try {
    return { data: document.toJS() };
  } catch {
    return undefined;
  }
}

/** Reads and checks `data/<id>.yaml`. */
export function validateMeta(yamlText: string, file: string): Checked<DatasetMeta> {
  // The same parse as yamlPosition's, which the messages and the open points ask for places.
  const { document } = parsedYaml(yamlText);
  const values = yamlValues(document);
  if (!values) {
    const position = document.errors[0]?.linePos?.[0];
    return {
      ok: false,
      problems: [
        {
          file,
          at: position && { line: position.line, column: position.col },
          problem: "het bestand is geen geldige YAML.",
          expected: "regels als  title: Eenzaamheid  met een dubbele punt en een spatie na elke naam",
          fix: "Controleer inspringing (spaties, geen tabs) en dubbele punten; zet tekst met een dubbele punt erin tussen aanhalingstekens.",
        },
      ],
    };
  }
  const raw = values.data;
  if (raw === null || raw === undefined || typeof raw !== "object" || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        {
          file,
          problem: "het metadatabestand is leeg of heeft niet de verwachte vorm.",
          expected: "velden als title, description, source, peildatum, version, licence, unit, schema en changes",
          fix: "Neem een bestaand metadatabestand uit data/ als voorbeeld (zie data/README.md).",
        },
      ],
    };
  }
  const result = datasetMetaSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => metaProblems(issue, raw, yamlText, file)) };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function metaProblems(issue: z.core.$ZodIssue, raw: unknown, yamlText: string, file: string): DatasetProblem[] {
  if (issue.code === "unrecognized_keys") {
    const valid = allowedKeys(issue.path);
    return issue.keys.map((key) => ({
      file,
      at: yamlPosition(yamlText, [...issue.path, key]),
      column: fieldPath([...issue.path, key]),
      columnKind: "veld" as const,
      problem: "dit veld bestaat niet.",
      expected: `een van de velden ${listNames(valid)}`,
      fix: `Verbeter de naam of haal het veld weg.${didYouMean(key, valid)}`,
    }));
  }
  const parts = (issue as { params?: { problem?: string; expected?: string; fix?: string } }).params;
  if (issue.code === "custom" && parts?.problem && parts.fix) {
    return [
      {
        file,
        at: yamlPosition(yamlText, issue.path),
        column: fieldPath(issue.path) || "(het hele bestand)",
        columnKind: "veld",
        problem: parts.problem,
        ...(parts.expected === undefined ? {} : { expected: parts.expected }),
        fix: parts.fix,
      },
    ];
  }
  const value = valueAt(raw, issue.path);
  const missing = value === undefined;
  const found = show(value);
  return [
    {
      file,
      at: yamlPosition(yamlText, issue.path),
      column: fieldPath(issue.path) || "(het hele bestand)",
      columnKind: "veld",
      problem: missing ? "dit veld ontbreekt." : "dit veld klopt niet.",
      ...(found === undefined ? {} : { found }),
      expected: issue.message,
      fix: missing
        ? "Voeg het veld toe; data/README.md en de andere bestanden in data/ geven een voorbeeld."
        : "Pas de waarde aan zodat die klopt met wat er verwacht wordt.",
    },
  ];
}

/** Checks the CSV header against `schema.fields`: every column described, none missing, none twice. */
function headerProblems(table: CsvTable, meta: DatasetMeta, files: { csv: string; meta: string }): DatasetProblem[] {
  const described = meta.schema.fields.map((field) => field.name);
  const problems: DatasetProblem[] = [];
  const seen = new Set<string>();
  table.header.forEach((name) => {
    if (name === "") {
      problems.push({
        file: files.csv,
        row: 1,
        problem: "een kolom in de eerste rij heeft geen naam.",
        expected: `de kolomnamen ${listNames(described)}`,
        fix: "Geef de kolom een naam uit het metadatabestand, of haal de lege kolom weg.",
      });
    } else if (seen.has(name)) {
      problems.push({
        file: files.csv,
        row: 1,
        column: name,
        problem: "deze kolom staat twee keer in de eerste rij.",
        expected: "elke kolomnaam één keer",
        fix: "Haal een van de twee kolommen weg of geef hem de juiste naam.",
      });
    } else if (!described.includes(name)) {
      problems.push({
        file: files.csv,
        row: 1,
        column: name,
        problem: `deze kolom staat niet in ${files.meta}.`,
        expected: `alleen de kolommen ${listNames(described)}`,
        fix: `Verbeter de kolomnaam, of beschrijf de kolom onder schema.fields in ${files.meta}.${didYouMean(name, described)}`,
      });
    }
    seen.add(name);
  });
  for (const name of described) {
    if (!table.header.includes(name)) {
      const unknown = table.header.filter((header) => header !== "" && !described.includes(header));
      problems.push({
        file: files.csv,
        row: 1,
        column: name,
        problem: "deze kolom ontbreekt in de eerste rij.",
        expected: `de kolommen ${listNames(described)}`,
        fix: `Voeg de kolom "${name}" toe (of haal hem weg uit schema.fields in ${files.meta}).${didYouMean(name, unknown)}`,
      });
    }
  }
  return problems;
}

/** Builds the zod schema for one row from the metadata: one cell schema per column. */
function rowSchema(meta: DatasetMeta) {
  const shape = Object.fromEntries(
    meta.schema.fields.map((field) => {
      const required = field.constraints?.required === true || field.name === meta.schema.primaryKey;
      return [field.name, cellSchema(field, meta.unit, required)];
    }),
  );
  return z.strictObject(shape);
}

/** Checks every data row against the metadata and returns the typed rows. */
export function validateRows(
  table: CsvTable,
  meta: DatasetMeta,
  files: { csv: string; meta: string },
): Checked<DatasetRow[]> {
  const header = headerProblems(table, meta, files);
  if (header.length > 0) return { ok: false, problems: header };
  if (table.records.length === 0) {
    return {
      ok: false,
      problems: [
        {
          file: files.csv,
          problem: "het bestand heeft alleen een kopregel en geen gegevens.",
          expected: "onder de kolomnamen minstens één rij met gegevens",
          fix: "Vul de gegevens in onder de eerste rij.",
        },
      ],
    };
  }

  const schema = rowSchema(meta);
  const problems: DatasetProblem[] = [];
  const rows: DatasetRow[] = [];
  const keyRows = new Map<string, number>();
  const key = meta.schema.primaryKey;
  const separator = table.delimiter === ";" ? "puntkomma's" : "komma's";

  for (const record of table.records) {
    if (record.cells.length !== table.header.length) {
      const tooMany = record.cells.length > table.header.length;
      problems.push({
        file: files.csv,
        row: record.row,
        problem: `deze rij heeft ${record.cells.length} cellen, maar er zijn ${table.header.length} kolommen.`,
        found: record.cells.join(table.delimiter),
        expected: `${table.header.length} cellen, gescheiden door ${separator}`,
        fix: tooMany
          ? `Haal de overbodige cellen weg. Staat er een ${table.delimiter === ";" ? "puntkomma" : "komma"} in een tekst, zet die tekst dan tussen aanhalingstekens.`
          : "Vul de ontbrekende cellen aan (een lege cel mag, als de kolom niet verplicht is).",
      });
      continue;
    }
    const input = Object.fromEntries(table.header.map((name, index) => [name, record.cells[index] ?? ""]));
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0]);
        const cell = (issue as { params?: { cell?: CellIssue } }).params?.cell;
        problems.push({
          file: files.csv,
          row: record.row,
          column,
          problem: cell?.problem ?? issue.message,
          found: input[column] ?? "",
          ...(cell ? { expected: cell.expected } : {}),
          fix: cell?.fix ?? "Verbeter de waarde.",
        });
      }
      continue;
    }
    const keyText = String(input[key]).trim();
    const firstRow = keyRows.get(keyText);
    if (firstRow !== undefined) {
      problems.push({
        file: files.csv,
        row: record.row,
        column: key,
        problem: `deze waarde staat ook al in rij ${firstRow}; elke rij moet in de kolom "${key}" een eigen waarde hebben.`,
        found: keyText,
        expected: "een waarde die in deze kolom nog niet voorkomt",
        fix: `Geef een van de twee rijen een andere "${key}", of voeg ze samen als het om dezelfde gegevens gaat.`,
      });
      continue;
    }
    keyRows.set(keyText, record.row);
    rows.push(parsed.data as DatasetRow);
  }
  // Every cell reads on its own; a column must also keep to one notation (see ./notation.ts).
  if (problems.length === 0) problems.push(...notationProblems(table, meta, files.csv));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: rows };
}
