import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter";
import { datasetLoader } from "./lib/datasets/loader";

const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
  schema: chapterSchema,
});

/** The chapters of every released edition, as released: editions/<version>/chapters/*.mdx, with
 * ids "<version>/<chapter>" ("0.1/wijk"). Rendered at /versies/<version>/<chapter>/. */
const editionChapters = defineCollection({
  loader: glob({
    pattern: "*/chapters/*.mdx",
    base: "./editions",
    generateId: ({ entry }) => entry.replace("/chapters/", "/").replace(/\.mdx$/, ""),
  }),
  schema: chapterSchema,
});

/** data/<id>.csv + data/<id>.yaml, checked once per build (see data/README.md). */
const datasets = defineCollection({ loader: datasetLoader() });

export const collections = { chapters, editionChapters, datasets };
