import Papa from "papaparse";

/**
 * A small reader of a Frictionless (v1) tabular resource that follows the specification, not our
 * loader: it decodes with the declared encoding, splits with the declared dialect and casts each
 * cell by the field's declared type and notation (decimalChar, groupChar, format, trueValues,
 * missingValues). What another program reads from our data package, the site must show.
 * https://specs.frictionlessdata.io/table-schema/ , https://specs.frictionlessdata.io/csv-dialect/
 */

export interface FrictionlessField {
  name: string;
  title?: string;
  type: string;
  format?: string;
  decimalChar?: string;
  groupChar?: string;
  trueValues?: string[];
  falseValues?: string[];
}

export interface FrictionlessResource {
  encoding?: string;
  dialect?: { delimiter?: string; quoteChar?: string; doubleQuote?: boolean; header?: boolean; lineTerminator?: string };
  schema: { fields: FrictionlessField[]; missingValues?: string[] };
}

export type Value = string | number | boolean | null;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** strptime for the directives a date format in a data package may use here (%d, %m, %Y). */
function strptime(text: string, format: string): string {
  const parts: string[] = [];
  const pattern = format.replace(/%([dmY])|([^%]+)/g, (_, directive: string | undefined, literal: string | undefined) => {
    if (literal) return escape(literal);
    parts.push(directive!);
    return directive === "Y" ? "(\\d{4})" : "(\\d{1,2})";
  });
  const match = new RegExp(`^${pattern}$`).exec(text);
  if (!match) throw new Error(`"${text}" does not match the date format ${format}`);
  const get = (directive: string) => Number(match[parts.indexOf(directive) + 1]);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${get("Y")}-${pad(get("m"))}-${pad(get("d"))}`;
}

export function castCell(raw: string, field: FrictionlessField, missingValues: readonly string[]): Value {
  if (missingValues.includes(raw)) return null;
  switch (field.type) {
    case "string":
      return raw;
    case "number": {
      let text = raw;
      if (field.groupChar) text = text.split(field.groupChar).join("");
      if (field.decimalChar && field.decimalChar !== ".") text = text.replace(field.decimalChar, ".");
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) throw new Error(`"${raw}" is not a ${field.name} number`);
      return Number(text);
    }
    case "integer":
      if (!/^[+-]?\d+$/.test(raw)) throw new Error(`"${raw}" is not a ${field.name} integer`);
      return Number(raw);
    case "year":
      if (!/^\d{4}$/.test(raw)) throw new Error(`"${raw}" is not a year`);
      return Number(raw);
    case "date":
      if (!field.format || field.format === "default") {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new Error(`"${raw}" is not an ISO date`);
        return raw;
      }
      return strptime(raw, field.format);
    case "boolean": {
      const trueValues = field.trueValues ?? ["true", "True", "TRUE", "1"];
      const falseValues = field.falseValues ?? ["false", "False", "FALSE", "0"];
      if (trueValues.includes(raw)) return true;
      if (falseValues.includes(raw)) return false;
      throw new Error(`"${raw}" is none of the true or false values of ${field.name}`);
    }
    default:
      throw new Error(`this reader does not know type ${field.type}`);
  }
}

/** The rows of a resource as another program reads them, keyed by field name. */
export function readResource(resource: FrictionlessResource, bytes: Uint8Array): Record<string, Value>[] {
  const dialect = { delimiter: ",", quoteChar: '"', doubleQuote: true, header: true, lineTerminator: "\r\n", ...resource.dialect };
  const text = new TextDecoder(resource.encoding ?? "utf-8").decode(bytes);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    quoteChar: dialect.quoteChar,
    escapeChar: dialect.doubleQuote ? dialect.quoteChar : "\\",
    newline: dialect.lineTerminator as "\r\n" | "\n",
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(`CSV: ${parsed.errors.map((e) => e.message).join("; ")}`);
  const [header = [], ...records] = parsed.data;
  if (!dialect.header) throw new Error("this reader expects a header row");
  const missingValues = resource.schema.missingValues ?? [""];
  return records.map((cells) =>
    Object.fromEntries(
      resource.schema.fields.map((field) => {
        const index = header.indexOf(field.name);
        if (index === -1) throw new Error(`the CSV has no column ${field.name}`);
        return [field.name, castCell(cells[index] ?? "", field, missingValues)];
      }),
    ),
  );
}
