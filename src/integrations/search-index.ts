import type { AstroIntegration } from "astro";

/** Builds the Pagefind search index over the built site (issue 4 fills this in). */
export function searchIndex(): AstroIntegration {
  return { name: "wzv:search-index", hooks: {} };
}
