/** Lists of valid names in messages, and "Bedoelde u …?" for a name that is almost right. */
import { dutchList } from "./format.ts";

/** Edit distance, for "bedoelde u …?" suggestions. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest valid names (case-insensitive), at most three, closest first. */
export function closestNames(name: string, valid: readonly string[]): string[] {
  const wanted = name.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return valid
    .map((candidate) => ({ candidate, score: distance(wanted, candidate.toLowerCase()) }))
    .filter(({ candidate, score }) => score <= limit || candidate.toLowerCase().includes(wanted) || wanted.includes(candidate.toLowerCase()))
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/** ' Bedoelde u "aandeel"?' or "" when nothing is close. */
export function didYouMean(name: string, valid: readonly string[]): string {
  const close = closestNames(name, valid);
  if (close.length === 0) return "";
  return ` Bedoelde u ${close.map((candidate) => `"${candidate}"`).join(" of ")}?`;
}

/** "a", "a en b", "a, b en c" with quotes, for lists of valid names. */
export function listNames(names: readonly string[]): string {
  return dutchList(names.map((name) => `"${name}"`));
}
