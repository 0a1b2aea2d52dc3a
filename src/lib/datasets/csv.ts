import Papa from "papaparse";
import type { DatasetProblem } from "./errors.ts";

export interface CsvRecord {
  /** Row number as a spreadsheet shows it (header = 1). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: ";" | ",";
  header: string[];
  records: CsvRecord[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; problems: DatasetProblem[] };

/** Text of a data file. UTF-8 (with or without BOM) as written by "CSV UTF-8"; anything that is not
 * valid UTF-8 is read as Windows-1252, which Dutch Excel writes for "CSV (puntkomma-gescheiden)"
 * (so "geïndiceerden" keeps its ï). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(textEncoding(bytes)).decode(bytes);
}

/** The encoding {@link decodeText} reads a file in (also what the data package declares). */
export function textEncoding(bytes: Uint8Array): "utf-8" | "windows-1252" {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** Semicolon when the header line has one (Dutch Excel), else comma. Column names never contain
 * either, so the header line decides without guessing from the data. */
function detectDelimiter(text: string): ";" | "," {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return firstLine.includes(";") ? ";" : ",";
}

/** Splits CSV text into a header and records, keeping spreadsheet row numbers.
 * Accepts a UTF-8 byte-order mark, CRLF or LF line ends, quoted cells; skips blank rows. */
export function parseCsv(text: string, file: string): CsvResult {
  const withoutBom = text.replace(/^\uFEFF/, "");
  if (withoutBom.trim() === "") {
    return {
      ok: false,
      problems: [
        {
          file,
          problem: "het bestand is leeg.",
          expected: "een eerste rij met de kolomnamen en daaronder minstens één rij met gegevens",
          fix: "Sla het bestand opnieuw op vanuit de spreadsheet (als CSV), of zet de kolomnamen en gegevens er weer in.",
        },
      ],
    };
  }
  const delimiter = detectDelimiter(withoutBom);
  const result = Papa.parse<string[]>(withoutBom, { delimiter, header: false, skipEmptyLines: false });
  const problems: DatasetProblem[] = result.errors
    .filter((error) => error.type === "Quotes")
    .map((error) => ({
      file,
      row: (error.row ?? 0) + 1,
      problem: "een aanhalingsteken (\") wordt geopend maar niet gesloten.",
      expected: 'cellen met een scheidingsteken erin tussen twee aanhalingstekens, zoals "niet alles, wel bereikbaar"',
      fix: 'Sluit het aanhalingsteken, of verdubbel het ("") als het in de tekst zelf hoort.',
    }));
  if (problems.length > 0) return { ok: false, problems };

  const [header = [], ...rest] = result.data;
  const records = rest
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  return { ok: true, table: { delimiter, header: header.map((name) => name.trim()), records } };
}
