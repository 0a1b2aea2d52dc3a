/**
 * The search UI in the browser, over Pagefind's own pagefind.js (no Pagefind UI bundle).
 * Loaded by the small inline script in Search.astro only when a reader starts to search.
 * Everything a reader typed or Pagefind returned is put in the page as text, never as HTML.
 */
import { countResults, resultsText, toSearchHit, type PagefindResultData, type SearchHit } from "./results.ts";
import { searchInText, type PagefindSearch } from "./in-text.ts";
import { t } from "../../i18n/t.ts";
import { searchEngineUrl } from "./paths.ts";
import { chapterFilter } from "./contract.ts";

interface PagefindEngine extends PagefindSearch<{ data(): Promise<PagefindResultData> }> {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<unknown>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

/** Pagefind's excerpts are HTML with <mark>: read them with the browser's own parser. */
const readHtml = (html: string): Node => new DOMParser().parseFromString(html, "text/html").body;

/** Results per search; each is a chapter with its best sections. */
const maxHits = 8;
/** Short, because the engine is already warm from the focus; keeps typing cheap but quick. */
const debounceMs = 40;

async function loadEngine(url: string): Promise<PagefindEngine> {
  const bundle = new URL(url, document.baseURI).href;
  const engine = (await import(/* @vite-ignore */ bundle)) as PagefindEngine;
  // No worker: for an index this small, starting a worker (another script and a second copy
  // of the wasm) costs more on first use than searching on the main thread.
  await engine.options({ excerptLength: 22, noWorker: true });
  await engine.init();
  // The chapter filter's index (one small file): with it loaded, every search counts its results
  // per chapter, which tells chapters from other pages in the results count (countResults).
  await engine.filters();
  return engine;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = el("li", "search-hit");
  item.append(el("p", "search-hit__chapter", hit.chapter));
  const sections = el("ul", "search-hit__sections");
  for (const section of hit.sections) {
    const entry = el("li", "search-hit__section");
    const link = el("a", "search-hit__link", section.heading ?? hit.chapter);
    link.href = section.url;
    const excerpt = el("p", "search-hit__excerpt");
    for (const part of section.excerpt) {
      excerpt.append(part.marked ? el("mark", "", part.text) : document.createTextNode(part.text));
    }
    entry.append(link, excerpt);
    sections.append(entry);
  }
  item.append(sections);
  return item;
}

/** Wires one search form (header or search page). Called once per form. */
export function attachSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[type=search]");
  const filter = form.querySelector<HTMLSelectElement>("select[data-search-filter]");
  const panel = form.querySelector<HTMLElement>("[data-search-panel]");
  const summary = form.querySelector<HTMLElement>("[data-search-summary]");
  const live = form.querySelector<HTMLElement>("[data-search-live]");
  const list = form.querySelector<HTMLOListElement>("[data-search-results]");
  if (!input || !panel || !summary || !live || !list) return;
  const isPage = form.dataset.search === "page";

  const engine = loadEngine(form.dataset.searchEngine ?? searchEngineUrl);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
  };

  const show = (text: string, hits: SearchHit[]) => {
    summary.textContent = text;
    live.textContent = text;
    list.replaceChildren(...hits.map(renderHit));
    setOpen(true);
  };

  const remember = (query: string) => {
    if (!isPage) return;
    const url = new URL(location.href);
    url.searchParams.set("q", query);
    if (filter?.value) url.searchParams.set(chapterFilter, filter.value);
    else url.searchParams.delete(chapterFilter);
    history.replaceState(null, "", url);
  };

  const run = async () => {
    const run = ++latest;
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      summary.textContent = "";
      live.textContent = "";
      setOpen(isPage);
      return;
    }
    try {
      const pagefind = await engine;
      const filters = filter?.value ? { [chapterFilter]: filter.value } : undefined;
      const found = await searchInText(pagefind, query, filters ? { filters } : {});
      if (!found || run !== latest) return;
      const data = await Promise.all(found.results.slice(0, maxHits).map((result) => result.data()));
      if (run !== latest) return;
      show(resultsText(countResults(found), query), data.map((result) => toSearchHit(result, readHtml)));
      remember(query);
    } catch {
      if (run === latest) show(t("search.failed"), []);
    }
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };

  input.addEventListener("input", () => {
    // Fetch the index chunks for what is typed so far while the debounce waits.
    const query = input.value.trim();
    if (query) void engine.then((pagefind) => pagefind.preload(query)).catch(() => undefined);
    schedule(debounceMs);
  });
  filter?.addEventListener("change", () => schedule(0));
  input.addEventListener("focus", () => {
    if (input.value.trim() && list.childElementCount > 0) setOpen(true);
  });

  // The header form goes to /zoeken/ (a shareable URL); the search page stays where it is.
  form.addEventListener("submit", (event) => {
    if (!isPage) return;
    event.preventDefault();
    schedule(0);
  });

  form.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a")];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "Escape" && !isPage) {
      setOpen(false);
      input.focus();
    } else if (event.key === "ArrowDown" && !panel.hidden && links.length > 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else links[at - 1]?.focus();
    }
  });

  if (!isPage) {
    form.addEventListener("focusout", (event) => {
      const next = event.relatedTarget;
      if (!(next instanceof Node) || !form.contains(next)) setOpen(false);
    });
  }

  // Text typed while the engine was still loading, or a query from the URL on /zoeken/.
  if (isPage) {
    const params = new URLSearchParams(location.search);
    const query = params.get("q");
    const chapter = params.get(chapterFilter);
    if (query && !input.value) input.value = query;
    if (chapter && filter && [...filter.options].some((option) => option.value === chapter)) filter.value = chapter;
  }
  if (input.value.trim()) schedule(0);
}
