/**
 * Chromium's driver (playwright-core) and pdfjs take most of a second to load, and only a build
 * that prints needs them. The build steps that use them are imported whenever Astro reads its
 * config: also by `astro dev` and by a preview build without PDF, which never print. So they load
 * on first use. Not with import(): where Node cannot load the config itself (a Node without type
 * stripping), Astro evaluates it with Vite's module runner, which is closed by the time a build
 * step runs; Node's own require() (which loads ES modules too) works either way.
 */
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

export function playwright(): typeof import("playwright-core") {
  return load("playwright-core") as typeof import("playwright-core");
}

export function pdfjs(): typeof import("pdfjs-dist/legacy/build/pdf.mjs") {
  return load("pdfjs-dist/legacy/build/pdf.mjs") as typeof import("pdfjs-dist/legacy/build/pdf.mjs");
}
