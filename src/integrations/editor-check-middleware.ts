// `astro dev` only (added by ./editor-check.ts): before every page, the document check on the
// editors' files as they are now. A mistake becomes Astro's error screen with our message.
import { defineMiddleware } from "astro:middleware";
import { findMistakes } from "../lib/checks/mistakes/project.ts";
import { devHeading, EditorMistakes } from "../lib/checks/mistakes/report.ts";
import { forAstro } from "./astro-errors.ts";

export const onRequest = defineMiddleware((_context, next) => {
  const root = process.cwd();
  const problems = findMistakes(root);
  if (problems.length > 0) throw forAstro(new EditorMistakes(problems, devHeading(problems.length)), root);
  return next();
});
