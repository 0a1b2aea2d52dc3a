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

/** 10000 -> "10.000", 41.3 -> "41,3". Years and other identifiers should not go through here. */
export function formatNumber(value: number, fractionDigits?: number): string {
  return new Intl.NumberFormat("nl-NL", {
    useGrouping: true,
    minimumFractionDigits: fractionDigits ?? 0,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(value);
}
