import axe from "axe-core";
import type { Page } from "playwright-core";
import type { Finding } from "./findings.ts";

/**
 * axe's level tags for WCAG 2.x success criteria at level A or AA: wcag2a, wcag2aa (2.0), wcag21a,
 * wcag21aa, wcag22aa, and any later 2.x level (wcag22a, wcag23aa, …). Not wcag2aaa, not
 * wcag2a-obsolete (4.1.1 Parsing, removed in WCAG 2.2), not the per-criterion tags (wcag143).
 */
export const wcagLevelTag = /^wcag2\d?a{1,2}$/;

type RuleMetadata = ReadonlyArray<{ ruleId: string; tags: string[] }>;

/**
 * The rules the gate runs, read from the rule metadata of the installed axe-core, so a new release
 * with a new WCAG rule is in without a change here:
 * - every rule that maps to a WCAG 2.0/2.1/2.2 A or AA criterion, whatever its status: also those
 *   axe tags `experimental` (td-has-header, p-as-heading, …) or `deprecated`, and those it leaves
 *   off by default (target-size);
 * - axe's `best-practice` rules that are neither experimental nor deprecated (landmarks, heading
 *   order, …): not WCAG, but the gate always ran them and the site passes them.
 * Choosing by tag (`withTags`) is not enough: axe then skips experimental and deprecated rules,
 * which is how `label-content-name-mismatch` (experimental until axe-core 4.14) went unseen.
 * Naming the rules (runOnly type "rule") runs each of them, whatever its status.
 */
export function gateRules(rules: RuleMetadata = axe.getRules()): string[] {
  const wcag = (tags: string[]) => tags.some((tag) => wcagLevelTag.test(tag));
  const settledBestPractice = (tags: string[]) =>
    tags.includes("best-practice") && !tags.includes("experimental") && !tags.includes("deprecated");
  return rules.filter(({ tags }) => wcag(tags) || settledBestPractice(tags)).map((rule) => rule.ruleId);
}

export interface AxeScope {
  /** Check only these parts of the page (CSS selectors); the whole page when left out. */
  include?: readonly string[];
}

/**
 * axe-core on the page as it is now; `label` says which page and state ("/inwoner/ at 375 px").
 * The same page may be checked again after a change (another width, a menu opened): axe is
 * injected once per document and clears its caches after every run.
 *
 * axe runs in the page itself (axe.run) instead of through @axe-core/playwright's AxeBuilder,
 * which for every check opens a blank page, injects axe twice and merges the results there: that
 * cost five times the CPU time of the sweep and checks nothing more on a page without frames.
 * A page with frames is refused rather than checked in part.
 */
export async function axeFindings(page: Page, label: string, scope: AxeScope = {}): Promise<Finding[]> {
  const frames = page.frames().length - 1;
  if (frames > 0) throw new Error(`${label}: the page has ${frames} frame(s), which axeFindings does not check; check them with AxeBuilder`);
  // The same axe-core the rules were read from (the newest, a direct devDependency).
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const context = scope.include ? { include: scope.include.map((selector) => [selector]) } : undefined;
  const options: axe.RunOptions = {
    // Naming the rules runs each of them, whatever its status (see gateRules).
    runOnly: { type: "rule", values: gateRules() },
    // Only violations: skipping the details of passes and incomplete checks saves most of the time.
    resultTypes: ["violations"],
  };
  const violations = await page.evaluate(
    async ({ context, options }) => {
      const { axe: run } = window as unknown as { axe: typeof axe };
      return (await run.run(context ?? document, options)).violations;
    },
    { context, options },
  );
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      page: label,
      element: node.target.map(String).join(" > "),
      rule: violation.id,
      message: `${violation.help} (${violation.impact ?? "?"}): ${node.failureSummary?.replace(/\s+/g, " ") ?? ""} ${violation.helpUrl}`,
    })),
  );
}
