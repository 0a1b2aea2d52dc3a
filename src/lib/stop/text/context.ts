/** What the text renderer needs besides the chapter: the edition's datasets and figure numbers,
 * where the site lives (for links), and which chapter a link leads to. */
import { figureIndex } from "../../content/figure-index.ts";
import type { DocumentModel } from "../../content/model/types.ts";
import type { Dataset } from "../../datasets/types.ts";

export interface TextContext {
  model: DocumentModel;
  datasets: readonly Dataset[];
  figures: ReturnType<typeof figureIndex>;
  /** The site's address (`site` in src/content/document.json): makes a link to another page of the site absolute. */
  siteUrl: string;
  /** The PNG file name of each figure, by figure id (see ../figures.ts). */
  illustrations: ReadonlyMap<string, Illustration>;
}

/** A chart as the package holds it: one PNG file. */
export interface Illustration {
  /** "figuur-eenzaamheid-1a2b3c4d.png": named after its content, so a changed chart gets a new name. */
  name: string;
  width: number;
  height: number;
  dpi: number;
}

export function textContext(model: DocumentModel, datasets: readonly Dataset[], siteUrl: string, illustrations: ReadonlyMap<string, Illustration>): TextContext {
  return { model, datasets, figures: figureIndex(model), siteUrl, illustrations };
}

/** Identity of a part of the text across editions, kept on the element (see ../ids.ts). */
export const anchors = {
  chapter: (id: string) => `ch:${id}`,
  numbered: (number: string) => `n:${number}`,
  figure: (id: string) => `fig:${id}`,
  dataTable: (dataset: string, occurrence: number) => `dt:${dataset}:${occurrence}`,
  opschrift: "opschrift",
  lichaam: "lichaam",
} as const;

/** The renvooi unit an element's words belong to: what mutation/overlay.ts marks changes in. */
export const units = {
  title: (chapterId: string) => `title:${chapterId}`,
  numbered: (number: string) => `n:${number}`,
  footnote: (number: number | string) => `fn:${number}`,
} as const;
