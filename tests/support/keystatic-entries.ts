// Reads and writes entries with the code the studio's editor runs in the browser: Keystatic's
// parseEntry and serializeEntryToFiles (exported by our patch, see patches/), with our config.
import path from "node:path";
import { pathToFileURL } from "node:url";
import config from "../../keystatic.config.ts";
import { projectRoot } from "./paths.ts";

// The browser build: Keystatic's node build leaves the editor's MDX parser and serializer out.
const ui = await import(pathToFileURL(path.join(projectRoot, "node_modules/@keystatic/core/dist/keystatic-core-ui.js")).href);

export type CollectionName = keyof typeof config.collections;

/** "src/content/chapters/*" -> "src/content/chapters/inwoner" */
const entryPath = (collection: CollectionName, slug: string) => `${(config.collections[collection].path ?? "").replace(/\/\*$/, "")}/${slug}`;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The editor's state of one entry, as it is after opening it. */
export function openEntry(collection: CollectionName, slug: string, fileText: string) {
  const spec = config.collections[collection];
  const format = ui.unstable_getCollectionFormat(config, collection);
  const dirpath = entryPath(collection, slug);
  const file = `${dirpath}${format.contentField ? format.contentField.contentExtension : ".yaml"}`;
  const { initialState } = ui.unstable_parseEntry(
    { dirpath, format, schema: spec.schema, slug: { field: spec.slugField, slug }, requireFrontmatter: false },
    new Map([[file, encoder.encode(fileText)]]),
  );
  return { state: initialState as Record<string, unknown>, save: (state: Record<string, unknown>) => saveEntry(collection, slug, state) };
}

/** The file text the editor writes when the editor presses Opslaan. */
export function saveEntry(collection: CollectionName, slug: string, state: Record<string, unknown>): string {
  const spec = config.collections[collection];
  const format = ui.unstable_getCollectionFormat(config, collection);
  const files = ui.unstable_serializeEntryToFiles({
    basePath: entryPath(collection, slug),
    schema: spec.schema,
    format,
    state,
    slug: { field: spec.slugField, value: slug },
  }) as { path: string; contents: Uint8Array }[];
  if (files.length !== 1) throw new Error(`Verwacht één bestand, kreeg: ${files.map((f) => f.path).join(", ")}`);
  return decoder.decode(files[0]!.contents);
}
