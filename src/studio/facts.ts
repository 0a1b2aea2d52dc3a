// What the studio knows about the files as they are now, from GET /api/wzv/studio
// (src/integrations/studio-facts.ts): the datasets with their rows and columns, the figures, and the
// mistakes. Fetched when a form or the notice first needs it, and again after every change of an
// editor's file (the server's `wzv:files-changed`), so forms offer what exists and nothing else.
import { useSyncExternalStore } from "react";
import type { MistakesNotice } from "../lib/checks/mistakes/notice.ts";
import { filesChangedEvent, studioFactsAddress } from "./addresses.ts";

export interface DatasetFacts {
  id: string;
  title: string;
  /** The key column: the names of its rows are what <Value row> and `rows={[…]}` use. */
  keyColumn: string;
  rows: string[];
  columns: { name: string; title: string; numeric: boolean }[];
}

export interface FigureFacts {
  id: string;
  /** The chapter's file: "src/content/chapters/huis.mdx". */
  file: string;
  chapterTitle: string;
  dataset: string | undefined;
}

export interface StudioFacts {
  mistakes: MistakesNotice;
  /** Undefined while the data cannot be read (the notice names the mistake). */
  datasets: DatasetFacts[] | undefined;
  figures: FigureFacts[];
}


let facts: StudioFacts | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function load(): Promise<void> {
  loading ??= fetch(studioFactsAddress)
    .then((response) => (response.ok ? (response.json() as Promise<StudioFacts>) : undefined))
    .then((next) => {
      if (next) facts = next;
      for (const listener of listeners) listener();
    })
    .catch(() => undefined)
    .finally(() => (loading = undefined));
  return loading;
}

if (import.meta.hot) import.meta.hot.on(filesChangedEvent, () => void load());

/** Calls `listener` whenever the facts change; the first call loads them. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!facts) void load();
  return () => listeners.delete(listener);
}

export const currentFacts = (): StudioFacts | undefined => facts;

/** The facts in a React component; undefined until they are loaded. */
export function useStudioFacts(): StudioFacts | undefined {
  return useSyncExternalStore(subscribe, currentFacts, currentFacts);
}
