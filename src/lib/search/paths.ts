/** Where the search's browser files live in the built site; shared by the build step and the page. */

/** Pagefind's bundle: the index and its pagefind.js. */
export const searchBundleDir = "pagefind";
/** Our search UI module, bundled next to Pagefind's files by src/integrations/search-index.ts. */
export const searchUiFile = "wzv-search-ui.js";

export const searchEngineUrl = `/${searchBundleDir}/pagefind.js`;
export const searchUiUrl = `/${searchBundleDir}/${searchUiFile}`;
