import { defineConfig } from "vitest/config";
// Every build and dev server a test starts inherits it: no test sends anything to Astro either.
import "./scripts/offline.mjs";
import { LongestFirst } from "./tests/setup/longest-first.ts";

const keystaticBrowserBuild = (entry: string) => new URL(`./node_modules/@keystatic/core/dist/${entry}.js`, import.meta.url).pathname;

export default defineConfig({
  resolve: {
    // The studio's round-trip tests run the editor's own MDX parser and serializer, which only
    // Keystatic's browser build contains (its node build leaves them out).
    alias: [
      { find: /^@keystatic\/core$/, replacement: keystaticBrowserBuild("keystatic-core") },
      { find: /^@keystatic\/core\/content-components$/, replacement: keystaticBrowserBuild("keystatic-core-content-components") },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // One build of the site for the whole run; build tests and browser tests read it.
    globalSetup: ["tests/setup/build-and-serve.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share a machine with 2 cores: keep files from fighting over it.
    maxWorkers: 2,
    // The longest files first, so that both workers finish together.
    sequence: { sequencer: LongestFirst },
    // A worker runs file after file instead of starting afresh for each (about 0.4-0.8 s each, 66
    // files). No test mocks modules or changes globals; the caches in src/lib are per folder and
    // checked against the files' digests, and each file closes the browsers and servers it starts.
    isolate: false,
  },
});
