import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter";
import { datasetLoader } from "./lib/datasets/loader";

const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
  schema: chapterSchema,
});

/** data/<id>.csv + data/<id>.yaml, checked once per build (see data/README.md). */
const datasets = defineCollection({ loader: datasetLoader() });

export const collections = { chapters, datasets };
