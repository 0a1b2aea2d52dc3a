// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import { searchIndex } from "./src/integrations/search-index.ts";
import { pdfEdition } from "./src/integrations/pdf-edition.ts";
import { openPoints } from "./src/integrations/open-points.ts";
import { remarkFootnoteComponent } from "./src/lib/content/mdx/footnote-component.ts";

// WZV_OUT lets a second build (tests, benchmarks) write elsewhere without clobbering dist/.
const outDir = process.env.WZV_OUT ?? "./dist";

export default defineConfig({
  site: "https://woonzorgvisie.assen.nl",
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
      remarkPlugins: [remarkFootnoteComponent],
      smartypants: false,
      remarkRehype: {
        footnoteLabel: "Voetnoten",
        footnoteLabelProperties: { className: ["footnotes__title"] },
        footnoteBackLabel: (/** @type {number} */ index) => `Terug naar voetnootverwijzing ${index + 1}`,
      },
    }),
  },
  // Order matters: the PDF is printed from the built pages, then everything is indexed.
  integrations: [openPoints(), mdx(), pdfEdition(), searchIndex()],
});
