/** The mistakes as a notice in the browser while an editor works (`npm run studio`, `npm run dev`):
 * the same words as the build, each with a link that opens the file in the studio where it can.
 * One fragment of HTML for the studio's notice and for the preview page that replaces a page. */
import { t } from "../../../i18n/t.ts";
import { formatProblem, type EditorProblem } from "../../errors.ts";
import { countMistakes } from "./report.ts";

/** Where the studio opens a file, and what the link says ("Het huis openen in de studio"). */
export interface StudioLink {
  href: string;
  label: string;
}

export interface MistakesNotice {
  count: number;
  /** The messages as the terminal prints them: also what tells two notices apart. */
  report: string;
  /** The notice as HTML: a heading and one item per mistake (empty without mistakes). */
  html: string;
}

/** The messages as the terminal prints them, without a heading: what tells two states of the files apart. */
export function mistakesReport(problems: readonly EditorProblem[]): string {
  return problems.map(formatProblem).join("\n\n");
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char]!);

/** The notice for `problems`; `linkFor` gives the studio's link for a file, or none (plain
 * `npm run dev`, or a file the studio does not edit). `level` is the heading's: 1 on a page of its own. */
export function mistakesNotice(
  problems: readonly EditorProblem[],
  heading: string,
  linkFor: (file: string) => StudioLink | undefined,
  level: 1 | 2 = 2,
): MistakesNotice {
  const report = mistakesReport(problems);
  if (problems.length === 0) return { count: 0, report, html: "" };
  const items = problems.map((problem) => {
    const link = problem.location ? linkFor(problem.location.file) : undefined;
    const open = link ? `<a class="wzv-mistake__open" href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>` : "";
    return `<li class="wzv-mistake"><pre class="wzv-mistake__message">${escapeHtml(formatProblem(problem))}</pre>${open}</li>`;
  });
  return {
    count: problems.length,
    report,
    html: `<h${level} class="wzv-mistakes__heading">${escapeHtml(heading)}</h${level}><ol class="wzv-mistakes__list">${items.join("")}</ol>`,
  };
}

/** "De site kan zo niet worden gebouwd: 1 fout om op te lossen." */
export function studioHeading(count: number): string {
  return t("studio.mistakes.heading", { count: countMistakes(count) });
}
