import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterEntrySchema } from "./schemas/chapter";
import { datasetLoader } from "./lib/datasets/loader";

/** Checked with lines before anything renders (see chapterEntrySchema). */
const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
  schema: chapterEntrySchema,
});

/** data/<id>.csv + data/<id>.yaml, checked once per build (see data/README.md). */
const datasets = defineCollection({ loader: datasetLoader() });

export const collections = { chapters, datasets };
