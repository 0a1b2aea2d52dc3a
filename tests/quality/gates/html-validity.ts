import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import type { Finding } from "./findings.ts";
import { listPages, pageFile } from "./site-pages.ts";

/** html-validate with the project's .htmlvalidate.json on every page of a built site. */
export async function htmlValidityFindings(distDir: string, configFile: string): Promise<Finding[]> {
  const config = JSON.parse(readFileSync(configFile, "utf8")) as ConfigData & { $comment?: unknown };
  const { $comment: _reasons, ...configData } = config;
  const validator = new HtmlValidate({ ...configData, root: true });
  const findings: Finding[] = [];
  for (const page of listPages(distDir)) {
    const file = pageFile(distDir, page);
    const report = await validator.validateString(readFileSync(file, "utf8"), path.relative(distDir, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        findings.push({
          page,
          element: `${message.selector ?? ""} (line ${message.line}, column ${message.column})`.trim(),
          rule: message.ruleId,
          message: message.message,
        });
      }
    }
  }
  return findings;
}
