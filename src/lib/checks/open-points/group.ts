import type { OpenPoint } from "./types.ts";

export interface OpenPointGroup {
  key: string;
  points: OpenPoint[];
}

/** Open points grouped by a key (default: their file), keeping the order in which keys first appear. */
export function groupPoints(
  points: readonly OpenPoint[],
  keyOf: (point: OpenPoint) => string = (point) => point.file,
): OpenPointGroup[] {
  const groups: OpenPointGroup[] = [];
  for (const point of points) {
    const key = keyOf(point);
    const group = groups.find((g) => g.key === key);
    if (group) group.points.push(point);
    else groups.push({ key, points: [point] });
  }
  return groups;
}
