/** One thing a quality gate found wrong: on which page, at which element, what and why. */
export interface Finding {
  /** Site path of the page, e.g. "/inwoner/". */
  page: string;
  /** CSS selector, URL or other pointer to the element; empty when the page as a whole is at fault. */
  element: string;
  /** Short rule name, e.g. "image-alt" or "dead-link". */
  rule: string;
  message: string;
}

/** A readable report for a failing gate: one block per finding, page and element first. */
export function formatFindings(gate: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return `${gate}: no findings`;
  const lines = findings.map(
    (f) => `  - ${f.page}${f.element ? `  ${f.element}` : ""}\n    [${f.rule}] ${f.message}`,
  );
  return `${gate}: ${findings.length} finding(s)\n${lines.join("\n")}`;
}
