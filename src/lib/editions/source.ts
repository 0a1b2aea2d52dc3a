/** A document to read or compare: the one being written (src/content, data/) or a released
 * edition (editions/<version>/), each with its own chapters, numbers and datasets. */
import { readDocumentInfo, type DocumentInfo } from "../content/document-info.ts";
import { loadDocumentModel } from "../content/model/load.ts";
import type { DocumentModel } from "../content/model/types.ts";
import { loadDatasetsOnce } from "../datasets/load.ts";
import type { Dataset } from "../datasets/types.ts";
import { editionChaptersDir, editionDataDir, editionDocumentFile } from "./layout.ts";

export interface DocumentSource {
  /** The edition's version; undefined for the document as it is now. */
  edition: string | undefined;
  info: DocumentInfo;
  model: DocumentModel;
  datasets: readonly Dataset[];
}

/** The document as it is now. `info` may be passed in (the Astro side imports document.json). */
export function currentSource(root: string, info: DocumentInfo = readDocumentInfo(root)): DocumentSource {
  return { edition: undefined, info, model: loadDocumentModel(root), datasets: loadDatasetsOnce(root) };
}

/** A released edition, read from its own folder; parsed once per change, like the current one. */
export function editionSource(root: string, version: string): DocumentSource {
  return {
    edition: version,
    info: readDocumentInfo(root, editionDocumentFile(version)),
    model: loadDocumentModel(root, editionChaptersDir(version)),
    datasets: loadDatasetsOnce(root, editionDataDir(version)),
  };
}
