/** How the mistakes are said: in the terminal (`npm run build`, `astro build`, `npm run check`,
 * `astro dev`) and in the browser's notice (./notice.ts). One heading, then each mistake once. */
import { formatProblem, isEditorError, problemsOf, type EditorProblem } from "../../errors.ts";
import { t } from "../../../i18n/t.ts";

/** "1 fout om op te lossen", "3 fouten om op te lossen" */
export function countMistakes(count: number): string {
  return `${count === 1 ? "1 fout" : `${count} fouten`} om op te lossen`;
}

/** The heading and every mistake, separated by blank lines. */
export function formatMistakes(problems: readonly EditorProblem[], heading: string): string {
  return [heading, ...problems.map(formatProblem)].join("\n\n");
}

const notBuilt = t("build.notBuilt");
const distKept = t("build.distKept");

/** What the build prints when it stops on mistakes before anything is built. */
export function buildStoppedReport(problems: readonly EditorProblem[]): string {
  return formatMistakes(problems, `${notBuilt}: ${countMistakes(problems.length)}. ${distKept}`);
}

/** What `npm run build` prints last when the build stopped after it began: the error, whatever it
 * is (a mistake in an editor's file, the publication rule, a missing Chromium), said once. */
export function failedBuildReport(error: unknown): string {
  const heading = `${notBuilt}. ${distKept}`;
  if (typeof error === "string") return `${heading}\n\n${error}`;
  if (isEditorError(error)) return formatMistakes(problemsOf(error), heading);
  return `${heading}\n\n${error instanceof Error ? error.message : String(error)}`;
}

/** The heading of the notice that `astro dev` shows in place of a page. */
export function devHeading(count: number): string {
  return `Deze pagina kan niet worden getoond: ${countMistakes(count)}. Sla het bestand op als de fout verbeterd is; de pagina ververst dan vanzelf.`;
}
