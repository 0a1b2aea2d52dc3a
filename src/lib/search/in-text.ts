/**
 * Pagefind's search, without what it returns for a word that is in no page.
 *
 * When no indexed word starts with a search term, Pagefind 1.x searches for the longest indexed word
 * that the term starts with instead (pagefind_web/src/search.rs, `find_word_extensions`, "checking
 * the inverse"): "tevredenheid", which no page has, finds every page with "te", and "voorraad" every
 * page with "voor". Pagefind has no option to turn that off, so a term counts as found when
 * - Pagefind finds it as a whole word: an exact search ("…"), with Pagefind's own Dutch stemming, so
 *   "mantelzorger" finds "mantelzorgers" and "oudere" finds "ouderen"; or
 * - a word Pagefind marks in its best result starts with the term: a word still being typed
 *   ("mantelzorg"), or the first part of a compound ("woning" in "woningvoorraad") or of a
 *   hyphenated word ("plussers" in "65-plussers").
 * Pagefind falls back only when it has no such word, so either test tells the two cases apart.
 */
import type { PagefindResultData } from "./results.ts";

export interface PagefindMatch {
  data(): Promise<PagefindResultData>;
}

export interface PagefindFound<Match extends PagefindMatch = PagefindMatch> {
  results: Match[];
  /** Per filter the number of results for each value (here: per chapter). */
  filters?: Record<string, Record<string, number>>;
}

export interface PagefindSearch<Match extends PagefindMatch = PagefindMatch> {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindFound<Match> | null>;
}

/** A search term as Pagefind reads it: lower case, without punctuation and diacritics. */
export function normalizeTerm(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, "");
}

/** The terms of a query, each as the reader typed it; Pagefind looks for pages with all of them. */
export const searchTerms = (query: string): string[] => query.split(/\s+/).filter((term) => normalizeTerm(term) !== "");

/** A reader who types quotes asks Pagefind for an exact search, which never falls back. */
const isExactSearch = (query: string) => /^\s*".+"\s*$/.test(query);

/** A word as Pagefind indexes it, whole and in its parts ("65-plussers", "csvMetadata"). */
function wordForms(word: string): string[] {
  const parts = word.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").split(/[^\p{L}\p{N}]+/u);
  return [word, ...parts].map(normalizeTerm).filter((form) => form !== "");
}

/** The words Pagefind marked in a result (its `locations` count words of `content` split at white
 * space, as Pagefind's own excerpts do). */
export function markedWords(data: Pick<PagefindResultData, "content" | "locations">): string[] {
  const words = data.content.split(/[\r\n\s]+/g);
  return data.locations.flatMap((location) => words[location] ?? []);
}

const exactSearch = (engine: PagefindSearch, term: string) => engine.search(`"${term.replaceAll('"', "")}"`);

/** Whether a term Pagefind found no exact match for starts a word that it marked in its best result. */
async function startsMarkedWord(engine: PagefindSearch, term: string, searched: PagefindFound | null): Promise<boolean> {
  const best = (searched ?? (await engine.search(term)))?.results[0];
  if (!best) return false;
  const wanted = normalizeTerm(term);
  return markedWords(await best.data()).some((word) => wordForms(word).some((form) => form.startsWith(wanted)));
}

/** Pagefind's results for `query`, or none when one of its terms is in no page. */
export async function searchInText<Match extends PagefindMatch>(
  engine: PagefindSearch<Match>,
  query: string,
  options: { filters?: Record<string, string> } = {},
): Promise<PagefindFound<Match> | null> {
  const terms = isExactSearch(query) ? [] : searchTerms(query);
  // The exact searches run beside the search itself: they need the same index chunks.
  const [found, ...exact] = await Promise.all([engine.search(query, options), ...terms.map((term) => exactSearch(engine, term))]);
  if (!found || found.results.length === 0) return found;
  const inText = await Promise.all(
    terms.map((term, index) => (exact[index]?.results.length ?? 0) > 0 || startsMarkedWord(engine, term, terms.length === 1 ? found : null)),
  );
  return inText.every(Boolean) ? found : { results: [], filters: {} };
}
