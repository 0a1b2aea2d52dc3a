// "Laatst gewijzigd" of a chapter: the date of the last git commit that touched its file. Never the
// build's clock, so two builds of the same commit give the same pages. Without git history (an
// exported copy, git not installed, a file not committed yet) the document's own date stands in.
import { execFileSync } from "node:child_process";

/** The committer date (JJJJ-MM-DD) of the last commit that touched `file`, or undefined. */
export function lastCommitDate(file: string, cwd: string): string | undefined {
  try {
    const date = execFileSync("git", ["log", "-1", "--format=%cs", "--", file], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  } catch {
    return undefined;
  }
}

/** The date to show as "Laatst gewijzigd": from git, else the document's date. */
export function lastModifiedDate(file: string, cwd: string, documentDate: string): string {
  return lastCommitDate(file, cwd) ?? documentDate;
}
