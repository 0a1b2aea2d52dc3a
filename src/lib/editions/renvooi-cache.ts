/** One renvooi per pair of documents per build: the marks in the chapters (an MDX plugin, loaded
 * by Node with the config) and the renvooi pages (loaded through Vite) ask for the same pairs. */
import { compareDocuments, type Renvooi } from "./renvooi.ts";
import type { DocumentSource } from "./source.ts";

interface Entry {
  from: DocumentSource;
  to: DocumentSource;
  renvooi: Renvooi;
}

/** Shared by every copy of this module in the process, like the document model's cache. */
const cache: Map<string, Entry> = ((globalThis as Record<symbol, unknown>)[Symbol.for("wzv.renvooi")] ??= new Map()) as Map<string, Entry>;

/** The renvooi of `from` and `to`, computed again only when either's chapters or datasets changed
 * (the loaders return the same objects while the files are the same). */
export function renvooiOnce(from: DocumentSource, to: DocumentSource): Renvooi {
  const key = `${from.edition ?? ""}\u0000${to.edition ?? ""}`;
  const cached = cache.get(key);
  if (cached && cached.from.model === from.model && cached.to.model === to.model && cached.from.datasets === from.datasets && cached.to.datasets === to.datasets) {
    return cached.renvooi;
  }
  const renvooi = compareDocuments(from, to);
  cache.set(key, { from, to, renvooi });
  return renvooi;
}
