/** The @page rules of the whole-document page that depend on the document's text:
 * one named page per chapter (its running header) and the footer line.
 * Chromium has no string-set(), so a header that follows the chapter needs a named page each. */
import { chapterPageName } from "./document-html.ts";

export interface PageCssInput {
  /** "Woonzorgvisie Assen" */
  documentTitle: string;
  /** "Concept · versie 0.1, 28 november 2026" */
  footerText: string;
  /** Top right on every page, for a document without chapters (the renvooi); a chapter's page names its chapter there. */
  runningHead?: string | undefined;
  chapters: readonly { id: string; number: number; title: string }[];
}

/** A CSS string literal; newlines and quotes in a title cannot break out of it. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\r\n\f]+/g, " ")}"`;
}

export function pageCss({ documentTitle, footerText, runningHead, chapters }: PageCssInput): string {
  const lines = [
    "@page {",
    `  @top-left { content: ${cssString(documentTitle)}; }`,
    ...(runningHead === undefined ? [] : [`  @top-right { content: ${cssString(runningHead)}; }`]),
    `  @bottom-left { content: ${cssString(footerText)}; }`,
    `  @bottom-right { content: "pagina " counter(page) " van " counter(pages); }`,
    "}",
  ];
  for (const chapter of chapters) {
    const name = chapterPageName(chapter.id);
    lines.push(
      `@page ${name} { @top-right { content: ${cssString(`${chapter.number}. ${chapter.title}`)}; } }`,
      `.document-chapter--${name} { page: ${name}; }`,
    );
  }
  return `${lines.join("\n")}\n`;
}
