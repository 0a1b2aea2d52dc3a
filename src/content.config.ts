// From astro/content/config (the function astro:content re-exports): the content config then
// loads without astro:content's page runtime, which the build would otherwise run once more
// before any page is built.
import { defineCollection } from "astro/content/config";
import { glob } from "astro/loaders";
import { chapterEntrySchema } from "./schemas/chapter.ts";
import { datasetLoader } from "./lib/datasets/loader.ts";

/** Checked with lines before anything renders (see chapterEntrySchema). */
const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
  schema: chapterEntrySchema,
});

/** data/<id>.csv + data/<id>.yaml, checked once per build (see data/README.md). */
const datasets = defineCollection({ loader: datasetLoader() });

export const collections = { chapters, datasets };
