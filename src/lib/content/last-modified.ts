// "Laatst gewijzigd" of a chapter: the date of the last git commit that touched its file. Never the
// build's clock, so two builds of the same commit give the same pages. Without git history (an
// exported copy, git not installed, a file not committed yet) the document's own date stands in.
import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * The committer date (JJJJ-MM-DD) of the last commit that touched each file in or under `dir`,
 * keyed by its path relative to `cwd` (with "/"): one git process for all chapters, rather than
 * one per chapter page.
 */
export function lastCommitDates(dir: string, cwd: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync("git", ["-c", "core.quotePath=false", "log", "--format=%x00%cs", "--name-only", "--relative", "--", dir], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  let date: string | undefined;
  for (const line of log.split("\n")) {
    if (line.startsWith("\0")) date = /^\d{4}-\d{2}-\d{2}$/.test(line.slice(1)) ? line.slice(1) : undefined;
    else if (line !== "" && date !== undefined && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}

/** `file` as lastCommitDates keys it. */
export function commitPathOf(file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/");
}

/** The committer date (JJJJ-MM-DD) of the last commit that touched `file`, or undefined. */
export function lastCommitDate(file: string, cwd: string): string | undefined {
  return lastCommitDates(file, cwd).get(commitPathOf(file, cwd));
}

/** The date to show as "Laatst gewijzigd": from git, else the document's date. */
export function lastModifiedDate(file: string, cwd: string, documentDate: string): string {
  return lastCommitDate(file, cwd) ?? documentDate;
}
