import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter";

const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
  schema: chapterSchema,
});

export const collections = { chapters };
