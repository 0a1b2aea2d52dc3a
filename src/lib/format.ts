/** Dutch (nl-NL) formatting of numbers and dates, in one place. */

const dateFormat = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2025-06-01" -> "1 juni 2025" */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

const monthFormat = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2025-05" -> "mei 2025" */
export function formatMonth(isoMonth: string): string {
  return monthFormat.format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/** One formatter per number of decimals: making an Intl.NumberFormat costs far more than using it,
 * and a build formats thousands of numbers (prose, charts, tables, every edition, the renvooi). */
const numberFormats = new Map<number | undefined, Intl.NumberFormat>();

/** 10000 -> "10.000", 41.3 -> "41,3". Years and other identifiers should not go through here. */
export function formatNumber(value: number, fractionDigits?: number): string {
  let format = numberFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("nl-NL", {
      useGrouping: true,
      minimumFractionDigits: fractionDigits ?? 0,
      maximumFractionDigits: fractionDigits ?? 2,
    });
    numberFormats.set(fractionDigits, format);
  }
  return format.format(value);
}

/** Units written against the number without a space ("41,3%"); other units get a space ("3.410 woningen"). */
const attachedUnits = new Set(["%", "‰"]);

/** "41,3" + "%" -> "41,3%"; "3.410" + "woningen" -> "3.410 woningen"; "" unit -> number alone. */
export function withUnit(numberText: string, unit: string): string {
  if (unit === "") return numberText;
  return attachedUnits.has(unit) ? `${numberText}${unit}` : `${numberText}\u00a0${unit}`;
}

/** A unit that belongs to the number itself ("%") is shown by default; a unit word is not,
 * because prose usually names what is counted in its own words. */
function showsUnitByDefault(unit: string): boolean {
  return attachedUnits.has(unit);
}

export interface InlineValueInput {
  value: string | number | boolean | null;
  /** Column type: years are printed without a thousands separator. */
  type: "string" | "number" | "integer" | "year" | "date" | "boolean";
  qualifier?: string;
  /** The source's words instead of the number ("een kwart"). */
  wording?: string;
  unit?: string;
  /** undefined: show "%" but not unit words. */
  showUnit?: boolean;
  showQualifier?: boolean;
  /** Upper-case first letter, for a value at the start of a sentence. */
  capitalize?: boolean;
}

export interface InlineValueText {
  /** What the reader sees: "ruim 10.000", "41,3%", "een kwart". */
  text: string;
  /** Machine-readable value for <data value>: "41.3"; undefined for text values. */
  machine: string | undefined;
}

/** How a value from the data reads in a Dutch sentence. */
export function formatInlineValue(input: InlineValueInput): InlineValueText {
  const { value, type } = input;
  const unit = input.unit ?? "";
  const numeric = typeof value === "number" && (type === "number" || type === "integer");
  let text: string;
  if (value === null) text = "onbekend";
  else if (input.wording) text = input.wording;
  else if (numeric) {
    const number = formatNumber(value);
    text = input.showUnit ?? showsUnitByDefault(unit) ? withUnit(number, unit) : number;
  } else if (type === "date" && typeof value === "string") text = formatDate(value);
  else if (typeof value === "boolean") text = value ? "ja" : "nee";
  else text = String(value);
  const qualifier = input.showQualifier === false || value === null ? "" : (input.qualifier ?? "").trim();
  if (qualifier !== "") text = `${qualifier} ${text}`;
  if (input.capitalize) text = capitalizeDutch(text);
  return { text, machine: typeof value === "number" ? String(value) : undefined };
}

/** Sentence-initial capital the Dutch way: "één op de vijf" -> "Eén op de vijf" (Taalunie: the
 * capital loses its accent when the next letter carries the stress mark), "een kwart" -> "Een kwart". */
function capitalizeDutch(text: string): string {
  if (text.startsWith("éé")) return `E${text.slice(1)}`;
  return text.charAt(0).toLocaleUpperCase("nl-NL") + text.slice(1);
}

/** "a", "a en b", "a, b en c": a list as a Dutch sentence says it. */
export function dutchList(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} en ${parts.at(-1)}`;
}
