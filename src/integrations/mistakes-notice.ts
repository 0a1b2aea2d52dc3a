// `astro dev` (npm run studio, npm run dev): the notice of mistakes, with links into the studio, and
// the preview page that shows it in place of a page. The page reloads itself only when the mistakes
// change (the `wzv:files-changed` event of ./editor-check.ts), never because some other file did.
import { readChapterInputs } from "../lib/content/model/load.ts";
import { parseChapter } from "../lib/content/model/chapter.ts";
import type { EditorProblem } from "../lib/errors.ts";
import { mistakesNotice, type MistakesNotice, type StudioLink } from "../lib/checks/mistakes/notice.ts";
import { t } from "../i18n/t.ts";
import { filesChangedEvent, studioEntryAddress, studioEntryOf } from "../studio/addresses.ts";

/** The chapters' titles by file; undefined for a chapter that cannot be parsed, which the studio
 * (Keystatic reads the MDX too) cannot open either: it is repaired in a text editor. */
function chapterTitles(root: string): Map<string, string | undefined> {
  return new Map(
    readChapterInputs(root).map((input) => {
      try {
        return [input.file, parseChapter(input).title];
      } catch {
        return [input.file, undefined];
      }
    }),
  );
}

/** Links that open each file in the studio; none outside the studio. */
export function studioLinks(root: string, inStudio: boolean): (file: string) => StudioLink | undefined {
  if (!inStudio) return () => undefined;
  let titles: Map<string, string | undefined> | undefined;
  return (file) => {
    const entry = studioEntryOf(file);
    if (!entry) return undefined;
    if (entry.collection === "datasets") return { href: studioEntryAddress(entry), label: t("studio.mistakes.openDataset", { id: entry.slug }) };
    titles ??= chapterTitles(root);
    const title = titles.get(file);
    return title === undefined ? undefined : { href: studioEntryAddress(entry), label: t("studio.mistakes.openChapter", { title }) };
  };
}

export function noticeOf(root: string, problems: readonly EditorProblem[], heading: string, inStudio: boolean, level: 1 | 2 = 2): MistakesNotice {
  return mistakesNotice(problems, heading, studioLinks(root, inStudio), level);
}

/** A module script that reloads the page once the report of mistakes is no longer `shown`. */
export function reloadWhenMistakesChange(shown: string): string {
  return `<script type="module">
import { createHotContext } from "/@vite/client";
const shown = ${JSON.stringify(shown).replace(/</g, "\\u003c")};
createHotContext("/@wzv/mistakes").on(${JSON.stringify(filesChangedEvent)}, ({ report }) => {
  if (report !== shown) location.reload();
});
</script>`;
}

/** The preview page in place of a page that cannot be built: the notice, in Dutch, readable without script. */
export function mistakesPage(notice: MistakesNotice, css: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t("dev.mistakes.pageTitle")}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>body { margin: 0; } ${css}</style>
${reloadWhenMistakesChange(notice.report)}
</head>
<body>
<main class="wzv-mistakes wzv-mistakes--page">
${notice.html}
</main>
</body>
</html>
`;
}
