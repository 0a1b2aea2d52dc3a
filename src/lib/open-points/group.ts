import type { OpenPoint } from "./types";

export interface OpenPointGroup {
  file: string;
  points: OpenPoint[];
}

/** Open points grouped by file, keeping the order in which files first appear. */
export function groupByFile(points: readonly OpenPoint[]): OpenPointGroup[] {
  const groups: OpenPointGroup[] = [];
  for (const point of points) {
    const group = groups.find((g) => g.file === point.file);
    if (group) group.points.push(point);
    else groups.push({ file: point.file, points: [point] });
  }
  return groups;
}
