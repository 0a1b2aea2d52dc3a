// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { unified } from "@astrojs/markdown-remark";
import { buildSteps } from "./src/integrations/index.ts";
import { t } from "./src/i18n/t.ts";
import { remarkParagraphNumbers } from "./src/lib/content/mdx/paragraph-numbers.ts";
import { rehypeFootnoteNumbers } from "./src/lib/content/mdx/footnote-numbers.ts";
import { remarkFootnoteComponent } from "./src/lib/content/mdx/footnote-component.ts";
import { remarkEditionPages } from "./src/lib/content/mdx/edition-pages.ts";
import { remarkChangeMarks } from "./src/lib/editions/change-marks.ts";
import { siteAddressOnDisk } from "./src/lib/content/document-info.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

// WZV_OUT lets a second build (tests, benchmarks) write elsewhere without clobbering dist/.
const outDir = process.env.WZV_OUT ?? "./dist";

export default defineConfig({
  // The one setting of the site's address: `site` in src/content/document.json.
  site: siteAddressOnDisk(root),
  outDir,
  // Kept inside the project (not node_modules) so a temporary copy that shares node_modules
  // never reads the content cache of another build.
  cacheDir: process.env.WZV_OUT ? `${process.env.WZV_OUT}-cache` : "./.cache/astro",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> tag with hashes of Astro's own scripts and styles: no
  // 'unsafe-inline', so inline style attributes and unhashed <style>/<script> are blocked.
  // Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and fetches its index (connect-src).
  // frame-ancestors only works as a header: see public/_headers and docs/deploy.md.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // No code in this document; Shiki's inline styles would be blocked by the CSP anyway.
    syntaxHighlight: false,
    // unified (remark/rehype) rather than the default Sätteri: it has GFM footnotes with
    // configurable (Dutch) labels, and the remark ecosystem our MDX chapters rely on.
    processor: unified({
      smartypants: false,
      // Both read the document model: paragraph numbers ("2.14") and footnote numbers through
      // the whole document are the model's, so the page, the PDF and the renvooi agree. A
      // released edition's chapters read that edition's model, data and pages.
      // remarkChangeMarks: "gewijzigd in 0.2" after a paragraph that changed, from the renvooi model.
      remarkPlugins: [remarkFootnoteComponent, [remarkParagraphNumbers, { root }], [remarkChangeMarks, { root }], [remarkEditionPages, { root }]],
      rehypePlugins: [[rehypeFootnoteNumbers, { root }]],
      remarkRehype: {
        footnoteLabel: t("footnotes.title"),
        footnoteLabelProperties: { className: ["footnotes__title"] },
        // Chapter-local; rehypeFootnoteNumbers makes it the document-wide number.
        footnoteBackLabel: (/** @type {number} */ index) => t("footnotes.backLabel", { n: index + 1 }),
      },
    }),
  },
  // In the order they must run: see src/integrations/index.ts.
  integrations: buildSteps(),
});
