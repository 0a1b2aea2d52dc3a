/** The package as one zip file (fflate), the same bytes on every build: files in the given order,
 * every date the edition's date. */
import { zipSync, type Zippable } from "fflate";

export function zipPackage(files: ReadonlyMap<string, Uint8Array>, date: string): Uint8Array {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  // A zip stores local time: built from its parts, the date reads the same in every time zone.
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const entries: Zippable = {};
  for (const [name, bytes] of files) entries[name] = [bytes, { mtime, level: name.endsWith(".png") ? 0 : 9 }];
  return zipSync(entries);
}
