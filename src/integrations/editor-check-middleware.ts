// `astro dev` only (added by ./editor-check.ts): before every page, the document check on the
// editors' files as they are now. A mistake shows as our notice in place of the page, never as a
// thrown error: Astro reloads every open page on any file change while a page is in error, and a
// server whose log is written inside the project (`astro dev --background`) then reloads itself
// without end. The studio and its API are never replaced, so a mistake never locks the editor out.
import { defineMiddleware } from "astro:middleware";
import css from "../styles/mistakes-notice.css?raw";
import { findMistakes } from "../lib/checks/mistakes/project.ts";
import { devHeading } from "../lib/checks/mistakes/report.ts";
import { isStudioPath } from "../studio/addresses.ts";
import { mistakesPage, noticeOf } from "./mistakes-notice.ts";

const inStudio = import.meta.env.WZV_STUDIO === true;

export const onRequest = defineMiddleware((context, next) => {
  if (inStudio && isStudioPath(context.url.pathname)) return next();
  const root = process.cwd();
  const problems = findMistakes(root);
  if (problems.length === 0) return next();
  const notice = noticeOf(root, problems, devHeading(problems.length), inStudio, 1);
  return new Response(mistakesPage(notice, css), { status: 500, headers: { "content-type": "text/html; charset=utf-8" } });
});
