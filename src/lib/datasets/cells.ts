import { z } from "zod";
import type { DatasetField } from "../../schemas/dataset.ts";
import type { CellValue } from "./types.ts";

/**
 * Reading one CSV cell by its column type, the way a Dutch spreadsheet writes it.
 *
 * Numbers (the rule, also in data/README.md):
 * - the comma is always the decimal sign: "41,3" = 41,3 and "1,700" = 1,7;
 * - a dot followed by groups of exactly three digits separates thousands: "1.700" = 1700,
 *   "10.000" = 10000, "1.234.567,5" = 1234567,5;
 * - any other dot is a decimal point, as machines write it: "1.7" = 1,7, "41.3" = 41,3, "0.125" = 0,125;
 * - nothing else: no % or unit, no words, no spaces inside the number.
 */

export interface CellIssue {
  problem: string;
  expected: string;
  fix: string;
}

type Parsed = { ok: true; value: CellValue } | { ok: false; issue: CellIssue };

const NUMBER_EXPECTED = "een getal, zoals 56, 41,3 of 10.000";

const thousands = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
const plainInteger = /^-?\d+$/;
const decimalComma = /^-?\d+,\d+$/;
const decimalPoint = /^-?\d+\.\d+$/;

function numberIssue(raw: string, unit: string): CellIssue {
  const problem = "de cel is geen getal.";
  if (/%/.test(raw) || (unit !== "" && raw.includes(unit))) {
    return {
      problem,
      expected: NUMBER_EXPECTED,
      fix: `Laat de eenheid weg uit de cel en schrijf alleen het getal; de eenheid (${unit || "%"}) staat al in het metadatabestand.`,
    };
  }
  if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(raw)) {
    return {
      problem: "het getal is in Engelse notatie geschreven (komma voor duizendtallen, punt voor decimalen).",
      expected: NUMBER_EXPECTED,
      fix: "Schrijf het getal op zijn Nederlands: punt voor duizendtallen, komma voor decimalen (1.700,5).",
    };
  }
  if (/[a-z]/i.test(raw)) {
    return {
      problem,
      expected: NUMBER_EXPECTED,
      fix: 'Zet alleen het getal in de cel. Een woord als "ruim" of "amper" hoort in de kolom "kwalificatie".',
    };
  }
  return {
    problem,
    expected: NUMBER_EXPECTED,
    fix: "Schrijf alleen cijfers, met een komma voor decimalen en eventueel een punt voor duizendtallen.",
  };
}

/** Reads a number as described above; undefined when the text is not a number. */
export function parseDutchNumber(raw: string): number | undefined {
  const text = raw.trim();
  if (plainInteger.test(text)) return Number(text);
  if (thousands.test(text)) return Number(text.replaceAll(".", "").replace(",", "."));
  if (decimalComma.test(text)) return Number(text.replace(",", "."));
  if (decimalPoint.test(text)) return Number(text);
  return undefined;
}

const booleans: Record<string, boolean> = { ja: true, nee: false, waar: true, onwaar: false, true: true, false: false };

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Parses a non-empty cell. */
function parseCell(raw: string, field: DatasetField, unit: string): Parsed {
  const text = raw.trim();
  switch (field.type) {
    case "string": {
      const allowed = field.constraints?.enum;
      if (allowed && !allowed.includes(text)) {
        return {
          ok: false,
          issue: {
            problem: "deze waarde is in deze kolom niet toegestaan.",
            expected: `een van: ${allowed.map((value) => `"${value}"`).join(", ")}`,
            fix: "Kies een van de toegestane waarden (let op hoofdletters en spaties), of voeg de waarde toe aan constraints.enum in het metadatabestand.",
          },
        };
      }
      return { ok: true, value: text };
    }
    case "number":
    case "integer": {
      const value = parseDutchNumber(text);
      if (value === undefined) return { ok: false, issue: numberIssue(text, field.unit ?? unit) };
      if (field.type === "integer" && !Number.isInteger(value)) {
        return {
          ok: false,
          issue: {
            problem: "de cel is geen heel getal.",
            expected: "een heel getal, zoals 130 of 5.318",
            fix: "Schrijf een heel getal zonder decimalen. Moet de kolom decimalen toelaten, zet dan type: number in het metadatabestand.",
          },
        };
      }
      return { ok: true, value };
    }
    case "year": {
      if (!/^\d{4}$/.test(text)) {
        return {
          ok: false,
          issue: {
            problem: "de cel is geen jaartal.",
            expected: "een jaartal van vier cijfers, zoals 2025",
            fix: "Schrijf alleen het jaartal, zonder punt of andere tekens.",
          },
        };
      }
      return { ok: true, value: Number(text) };
    }
    case "date": {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
      const [year, month, day] = iso
        ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
        : dutch
          ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
          : [0, 0, 0];
      if (!isRealDate(year, month, day) || year === 0) {
        return {
          ok: false,
          issue: {
            problem: "de cel is geen geldige datum.",
            expected: "een datum als 2024-01-01 of 1-1-2024",
            fix: "Schrijf de datum als JJJJ-MM-DD of DD-MM-JJJJ en controleer of de dag bestaat.",
          },
        };
      }
      return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
    }
    case "boolean": {
      const value = booleans[text.toLowerCase()];
      if (value === undefined) {
        return {
          ok: false,
          issue: {
            problem: "de cel is geen ja of nee.",
            expected: "ja of nee",
            fix: "Schrijf ja of nee (WAAR en ONWAAR uit Excel mogen ook).",
          },
        };
      }
      return { ok: true, value };
    }
  }
}

/** Zod schema for one cell of `field`: raw text in, typed value (or null for an empty cell) out.
 * A failing cell carries its {@link CellIssue} in the zod issue's `params`. */
export function cellSchema(field: DatasetField, unit: string, required: boolean) {
  return z.string().transform((raw, ctx): CellValue => {
    if (raw.trim() === "") {
      if (!required) return null;
      const issue: CellIssue = {
        problem: "de cel is leeg, maar deze kolom moet altijd gevuld zijn.",
        expected: expectedFor(field),
        fix: "Vul de cel in. Is de waarde onbekend, vraag dan na wat er moet staan: de site laat onbekende waarden alleen leeg in kolommen die niet verplicht zijn.",
      };
      ctx.addIssue({ code: "custom", message: issue.problem, params: { cell: issue } });
      return z.NEVER;
    }
    const parsed = parseCell(raw, field, unit);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.issue.problem, params: { cell: parsed.issue } });
    return z.NEVER;
  });
}

function expectedFor(field: DatasetField): string {
  switch (field.type) {
    case "string":
      return field.constraints?.enum ? `een van: ${field.constraints.enum.map((v) => `"${v}"`).join(", ")}` : "tekst";
    case "number":
      return NUMBER_EXPECTED;
    case "integer":
      return "een heel getal, zoals 130 of 5.318";
    case "year":
      return "een jaartal van vier cijfers, zoals 2025";
    case "date":
      return "een datum als 2024-01-01 of 1-1-2024";
    case "boolean":
      return "ja of nee";
  }
}
