import { createHash } from "node:crypto";
import { parseCsv, textEncoding } from "../datasets/csv.ts";
import type { Dataset } from "../datasets/types.ts";
import { fieldNotations, type FieldNotation } from "../datasets/notation.ts";

/** What another program needs to know to read a dataset's CSV file exactly as it is published. */
export interface CsvFacts {
  bytes: number;
  sha256: string;
  encoding: "utf-8" | "windows-1252";
  delimiter: ";" | ",";
  lineTerminator: "\r\n" | "\n";
  /** Per column: type and notation as Frictionless describes them. */
  fields: Map<string, FieldNotation>;
}

/** Facts about the published bytes of a dataset's current CSV (the file in data/, served as is). */
export function csvFacts(dataset: Dataset, bytes: Uint8Array): CsvFacts {
  const encoding = textEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  const parsed = parseCsv(text, dataset.file.csv);
  if (!parsed.ok) throw new Error(`${dataset.file.csv} no longer parses; the data loader should have stopped.`);
  return {
    bytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    encoding,
    delimiter: parsed.table.delimiter,
    lineTerminator: text.includes("\r\n") ? "\r\n" : "\n",
    fields: fieldNotations(parsed.table, dataset.meta),
  };
}
