import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { lastCommitDate, lastCommitDates, lastModifiedDate } from "../../src/lib/content/last-modified.ts";

const repo = mkdtempSync(path.join(tmpdir(), "wzv-git-"));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function git(args: string[], date: string) {
  execFileSync("git", args, {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z`, GIT_AUTHOR_NAME: "Redactie", GIT_AUTHOR_EMAIL: "redactie@example.org", GIT_COMMITTER_NAME: "Redactie", GIT_COMMITTER_EMAIL: "redactie@example.org" },
    stdio: "ignore",
  });
}

describe("lastModifiedDate", () => {
  test("is the date of the last commit that touched the file, not of later commits to other files", () => {
    git(["init", "-q"], "2026-01-01");
    writeFileSync(path.join(repo, "a.mdx"), "een");
    git(["add", "a.mdx"], "2026-01-01");
    git(["commit", "-q", "-m", "a"], "2026-03-04");
    writeFileSync(path.join(repo, "a.mdx"), "twee");
    git(["commit", "-q", "-am", "a again"], "2026-05-06");
    writeFileSync(path.join(repo, "b.mdx"), "ander");
    git(["add", "b.mdx"], "2026-07-08");
    git(["commit", "-q", "-m", "b"], "2026-07-08");
    expect(lastModifiedDate("a.mdx", repo, "2026-11-28")).toBe("2026-05-06");
  });

  test("falls back to the document date for a file without history", () => {
    writeFileSync(path.join(repo, "nieuw.mdx"), "nog niet vastgelegd");
    expect(lastCommitDate("nieuw.mdx", repo)).toBeUndefined();
    expect(lastModifiedDate("nieuw.mdx", repo, "2026-11-28")).toBe("2026-11-28");
  });

  test("falls back to the document date outside a git repository (an exported copy)", () => {
    const exported = mkdtempSync(path.join(tmpdir(), "wzv-export-"));
    writeFileSync(path.join(exported, "a.mdx"), "een");
    try {
      expect(lastModifiedDate("a.mdx", exported, "2026-11-28")).toBe("2026-11-28");
    } finally {
      rmSync(exported, { recursive: true, force: true });
    }
  });
});

describe("lastCommitDates", () => {
  test("reads the last commit date of every file in a folder at once, by path from the project", () => {
    const dates = lastCommitDates(".", repo);
    expect(dates.get("a.mdx")).toBe("2026-05-06");
    expect(dates.get("b.mdx")).toBe("2026-07-08");
    expect(dates.has("nieuw.mdx")).toBe(false);
  });
});
