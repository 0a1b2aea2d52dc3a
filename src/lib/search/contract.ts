/** The agreement between the pages and the search: which attributes Pagefind reads (see
 * https://pagefind.app/docs/indexing/), and the names of the chapter meta and filter that the search
 * UI asks for. Pages spread these objects onto their elements; the UI reads the same names. */

/** The chapter's meta field (its title on each result) and filter (the "Hoofdstuk" menu). */
export const chapterMeta = "chapter";
export const chapterFilter = "hoofdstuk";

/** On the element whose text is indexed: a chapter's article, the data page. */
export const indexedBody = { "data-pagefind-body": "" } as const;

/** On an element inside an indexed body that must not be indexed (a chapter's "Hoofdstuk 2 van 5"). */
export const notIndexed = { "data-pagefind-ignore": "" } as const;

/** On a page whose content must never be indexed, not even by a body elsewhere on it. */
export const neverIndexed = { "data-pagefind-ignore": "all" } as const;

/** On a chapter's h1: its title is the result's chapter and the value of the chapter filter. */
export const chapterTitle = { "data-pagefind-meta": chapterMeta, "data-pagefind-filter": chapterFilter } as const;
