import { readFileSync } from "node:fs";

interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
}

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format: a path pattern line, then indented
 * "Name: value" lines; `*` matches anything) into a function giving the headers for a URL path.
 */
export function readHeadersFile(file: string): (urlPath: string) => Record<string, string> {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon < 0) throw new Error(`${file}: header line without a path above it or without "Name: value": ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return (urlPath) => {
    const result: Record<string, string> = {};
    for (const rule of rules) {
      if (rule.pattern.test(urlPath)) for (const [name, value] of rule.headers) result[name] = value;
    }
    return result;
  };
}
