// Where the studio (Keystatic in local mode) lives and where it opens an editor's file: the notices
// of mistakes link to the chapter or dataset that has one. Loaded in the browser too: imports nothing.

/** The studio's pages, its API and ours: never replaced by a notice of mistakes, so a mistake in
 * any file leaves the studio usable for repairing it. */
export function isStudioPath(pathname: string): boolean {
  return /^\/(keystatic|api\/keystatic|api\/wzv)(\/|$)/.test(pathname);
}

/** What the studio opens for a file of the project: a chapter, or a dataset's description.
 * Undefined for files the studio does not edit (a CSV is edited in Excel, document.json in a text
 * editor). */
export function studioEntryOf(file: string): { collection: "chapters" | "datasets"; slug: string } | undefined {
  // The collections' paths in keystatic.config.ts.
  const chapter = /^src\/content\/chapters\/([^/]+)\.mdx$/.exec(file);
  if (chapter) return { collection: "chapters", slug: chapter[1]! };
  const dataset = /^data\/([^/]+)\.yaml$/.exec(file);
  if (dataset) return { collection: "datasets", slug: dataset[1]! };
  return undefined;
}

/** "/keystatic/collection/chapters/item/huis" */
export function studioEntryAddress(entry: { collection: string; slug: string }): string {
  return `/keystatic/collection/${entry.collection}/item/${entry.slug}`;
}

/** The studio's facts about the files (src/integrations/studio-route.ts). */
export const studioFactsAddress = "/api/wzv/studio";

/** Sent by the dev server after every change of an editor's file, with the report of mistakes. */
export const filesChangedEvent = "wzv:files-changed";

/** Sent by the studio's page when it connects, so the server knows that tab is the studio. */
export const studioTabEvent = "wzv:studio-tab";
