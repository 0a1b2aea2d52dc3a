// <Footnote> must give exactly the HTML of a GFM footnote, so chapter pages, the whole document and
// the PDF stay as they were when the chapters used [^1].
import { describe, expect, test } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { remarkFootnoteComponent } from "../../src/lib/content/mdx/footnote-component.ts";

function html(mdx: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGfm)
      .use(remarkFootnoteComponent)
      .use(remarkRehype, { footnoteLabel: "Voetnoten" })
      .use(rehypeStringify)
      .processSync(mdx),
  );
}

describe("remarkFootnoteComponent", () => {
  test("one <Footnote> renders as the GFM footnote [^1]", () => {
    expect(html("Het stijgt (2025 —2040)<Footnote>Uit: Vitaliteitsmodel *Compaenen*.</Footnote>.")).toBe(
      html("Het stijgt (2025 —2040)[^1].\n\n[^1]: Uit: Vitaliteitsmodel *Compaenen*."),
    );
  });

  test("several footnotes are numbered in reading order, also inside lists and other components", () => {
    const components = "<Note>\n\nEen<Footnote>Eerste.</Footnote>\n\n- twee<Footnote>Tweede.</Footnote>\n\n</Note>";
    const gfm = "<Note>\n\nEen[^1]\n\n- twee[^2]\n\n</Note>\n\n[^1]: Eerste.\n\n[^2]: Tweede.";
    expect(html(components)).toBe(html(gfm));
  });

  test("a chapter that still has a [^1] keeps it, and a <Footnote> beside it gets the next number", () => {
    const result = html("A[^1] en B<Footnote>Tweede.</Footnote>\n\n[^1]: Eerste.");
    expect(result).toBe(html("A[^1] en B[^2]\n\n[^1]: Eerste.\n\n[^2]: Tweede."));
    expect(result).toContain('id="user-content-fn-2"');
  });
});
