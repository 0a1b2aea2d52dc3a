// From astro/content/config (the function astro:content re-exports): the content config then
// loads without astro:content's page runtime, which the build would otherwise run once more
// before any page is built.
import { defineCollection } from "astro/content/config";
import { glob } from "astro/loaders";
import { chapterEntrySchema } from "./schemas/chapter.ts";

/** Checked with lines before anything renders (see chapterEntrySchema). The datasets are no
 * collection: pages read them from data/ as they are (src/lib/datasets/astro.ts). */
const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
  schema: chapterEntrySchema,
});

export const collections = { chapters };
