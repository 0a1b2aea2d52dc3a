import nl from "./nl.json" with { type: "json" };

export type MessageKey = keyof typeof nl;

/** Look up an interface string and fill in {placeholders}. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return nl[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
