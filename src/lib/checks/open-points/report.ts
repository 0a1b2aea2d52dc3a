import type { OpenPoint, OpenPointKind } from "./types.ts";

/** Dutch name of each kind, as shown in the report and on the editors' page. */
export const kindLabels: Record<OpenPointKind, string> = {
  "open-point": "Open punt",
  placeholder: "Plaatshouder",
  "missing-figure": "Ontbrekende figuur",
  "unknown-data": "Onbekend gegeven",
  "missing-source": "Bron, peildatum of licentie ontbreekt",
  inconsistent: "Cijfers kloppen niet",
};

export function countText(count: number): string {
  if (count === 0) return "Geen open punten.";
  return count === 1 ? "1 open punt." : `${count} open punten.`;
}

/** "src/content/chapters/huis.mdx:32" */
export function locationOf(point: OpenPoint): string {
  return `${point.file}:${point.line}`;
}

export function formatPoint(point: OpenPoint): string {
  const excerpt = point.excerpt ? ` [${point.excerpt}]` : "";
  return `${locationOf(point)}  ${kindLabels[point.kind]}: ${point.message}${excerpt}`;
}

/** The plain-text report of `npm run check`: one line per open point, then the count. */
export function formatReport(points: readonly OpenPoint[]): string {
  return [...points.map(formatPoint), "", countText(points.length)].join("\n");
}
