import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import type { Finding } from "./findings";

/** WCAG 2.0/2.1 A and AA, plus the 2.2 AA additions. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe-core on the page as it is now; `label` says which page and state ("/inwoner/ at 375 px"). */
export async function axeFindings(page: Page, label: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(wcagTags)
    // Only violations: skipping the details of passes and incomplete checks saves most of the time.
    .options({ resultTypes: ["violations"] })
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      page: label,
      element: node.target.map(String).join(" > "),
      rule: violation.id,
      message: `${violation.help} (${violation.impact ?? "?"}): ${node.failureSummary?.replace(/\s+/g, " ") ?? ""} ${violation.helpUrl}`,
    })),
  );
}
