// Astro-side access to the editions and the renvooi for pages and components; the logic lives beside this file.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { editionChapterHref, editionHref } from "../content/addresses.ts";
import { documentInfo, getChapters, getDocumentModel, toLink, type ChapterLink } from "../content/astro.ts";
import type { DocumentInfo } from "../content/document-info.ts";
import type { DocumentModel } from "../content/model/types.ts";
import { getDatasets } from "../datasets/astro.ts";
import type { Dataset } from "../datasets/types.ts";
import { editionsDir } from "./layout.ts";
import { editionBefore, listEditions, type Edition } from "./list.ts";
import type { Renvooi } from "./renvooi.ts";
import { renvooiOnce } from "./renvooi-cache.ts";
import { currentSource, editionSource, type DocumentSource } from "./source.ts";

export type { Edition };

/** The project root: the working directory of `astro build` and `astro dev`. */
const root = () => process.cwd();

let editionsCache: { folders: string; editions: Edition[] } | undefined;

/** Every released edition, oldest first; read again only when a folder comes or goes (a release
 * during `astro dev`), since a released edition itself never changes. */
export function getEditions(): Edition[] {
  const dir = path.join(root(), editionsDir);
  const folders = existsSync(dir) ? readdirSync(dir).sort().join("\0") : "";
  if (editionsCache?.folders !== folders) editionsCache = { folders, editions: listEditions(root()) };
  return editionsCache.editions;
}

/** One page per edition (getStaticPaths of the pages under /versies/<version>/). */
export function editionPaths(): { params: { version: string }; props: { edition: Edition } }[] {
  return getEditions().map((edition) => ({ params: { version: edition.version }, props: { edition } }));
}

/** Read once per process: a released edition never changes (the build checks it first), and
 * every value, figure and reference on its pages asks for it. */
const editionSources = new Map<string, DocumentSource>();

export function getEditionSource(version: string): DocumentSource {
  let source = editionSources.get(version);
  if (!source) editionSources.set(version, (source = editionSource(root(), version)));
  return source;
}

/** The datasets a component reads: the edition's own when it has one, else today's. */
export async function datasetsFor(edition: string | undefined): Promise<readonly Dataset[]> {
  return edition === undefined ? getDatasets() : getEditionSource(edition).datasets;
}

/** The document model a component reads: the edition's own when it has one, else today's. */
export function modelFor(edition: string | undefined): DocumentModel {
  return edition === undefined ? getDocumentModel() : getEditionSource(edition).model;
}

/** The document as it is now, with the same (once-parsed) datasets as the pages. */
export function getCurrentSource(): DocumentSource {
  return currentSource(root(), documentInfo);
}

/** Computed once per pair of (unchanged) documents: /versies/, the renvooi pages and the marks in the chapters ask for the same ones. */
export function getRenvooi(from: DocumentSource, to: DocumentSource): Renvooi {
  return renvooiOnce(from, to);
}

/** The edition the document as it is now is compared with: the newest with a lower version. */
export function getEditionBeforeCurrent(): Edition | undefined {
  return editionBefore(getEditions(), documentInfo.version);
}

/** What a page's header and footer speak of: the document as it is now (`edition` undefined), or
 * the released edition the page belongs to, so that an old edition's pages name its own version,
 * status and date, and lead to its own start page and chapters. */
export interface ShownDocument {
  edition: string | undefined;
  info: DocumentInfo;
  /** "/" or "/versies/0.1/" */
  home: string;
  chapters: ChapterLink[];
}

export function shownDocument(edition: string | undefined): ShownDocument {
  if (edition === undefined) return { edition, info: documentInfo, home: "/", chapters: getChapters().map(toLink) };
  const { info, model } = getEditionSource(edition);
  const chapters = model.chapters.map((chapter) => ({ id: chapter.id, title: chapter.title, href: editionChapterHref(edition, chapter.id) }));
  return { edition, info, home: editionHref(edition), chapters };
}
