/**
 * Figures in the document: their numbers and the references to them.
 */
import { EditorError } from "../errors";

/** A problem in how a chapter uses figures; stops the build. */
export class FigureError extends EditorError {
  override name = "FigureError";
}

/** One chapter's MDX as the figure index reads it. */
export interface ChapterSource {
  id: string;
  /** As the editor knows it: src/content/chapters/huis.mdx */
  file: string;
  /** The MDX without its frontmatter. */
  body: string;
  /** Line in the file where `body` starts (frontmatter lines before it), for messages. */
  bodyStartLine?: number;
}

export interface FigurePlace {
  id: string;
  /** 1, 2, 3 … through the whole document in chapter order. */
  number: number;
  chapterId: string;
  file: string;
  line: number;
  dataset: string | undefined;
  /** The title written in the tag, if any (else the figure shows its dataset's title). */
  title: string | undefined;
}

/** Where a chapter uses a dataset: a figure, a table or an inline value. */
export interface DatasetUse {
  dataset: string;
  chapterId: string;
  kind: "Figure" | "DataTable" | "Value";
  figureId: string | undefined;
}

export const figureIdPattern = /^[a-z][a-z0-9-]*$/;

/** `<Figure …>`, `<DataTable …>`, `<Value …>` and `<Ref …>` tags with their attribute text. */
const tagPattern = /<(Figure|DataTable|Value|Ref)\b([^>]*)>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

interface Tag {
  name: "Figure" | "DataTable" | "Value" | "Ref";
  attributes: string;
  line: number;
}

function tagsIn(chapter: ChapterSource): Tag[] {
  const tags: Tag[] = [];
  let line = chapter.bodyStartLine ?? 1;
  let counted = 0;
  for (const match of chapter.body.matchAll(tagPattern)) {
    // Count line breaks only since the previous tag: every chapter is scanned for every figure.
    for (let at = chapter.body.indexOf("\n", counted); at !== -1 && at < match.index; at = chapter.body.indexOf("\n", at + 1)) line++;
    counted = match.index;
    tags.push({ name: match[1] as Tag["name"], attributes: match[2] ?? "", line });
  }
  return tags;
}

/** Numbers every `<Figure id="…">` in chapter order; two figures with one id stop the build. */
export function indexFigures(chapters: readonly ChapterSource[]): Map<string, FigurePlace> {
  const places = new Map<string, FigurePlace>();
  for (const chapter of chapters) {
    for (const tag of tagsIn(chapter)) {
      if (tag.name !== "Figure") continue;
      const id = attribute(tag.attributes, "id");
      const where = `${chapter.file}, regel ${tag.line}`;
      if (id === undefined) {
        throw new FigureError(`${where}: deze <Figure> heeft geen id. Geef elke figuur een eigen naam, bijvoorbeeld <Figure id="mantelzorgers" …>.`);
      }
      if (!figureIdPattern.test(id)) {
        throw new FigureError(
          `${where}: de figuurnaam id="${id}" mag alleen kleine letters, cijfers en streepjes bevatten en begint met een letter (bijvoorbeeld "zorgvraag-drenthe").`,
        );
      }
      const earlier = places.get(id);
      if (earlier) {
        throw new FigureError(
          `Twee figuren heten "${id}": in ${earlier.file}, regel ${earlier.line} en in ${where}. Geef elke figuur een eigen id; <Ref to="…"> wijst een figuur aan met die naam.`,
        );
      }
      places.set(id, {
        id,
        number: places.size + 1,
        chapterId: chapter.id,
        file: chapter.file,
        line: tag.line,
        dataset: attribute(tag.attributes, "dataset"),
        title: attribute(tag.attributes, "title"),
      });
    }
  }
  return places;
}

/** Which chapters use which dataset, in document order (for the data page). */
export function datasetUses(chapters: readonly ChapterSource[]): DatasetUse[] {
  const uses: DatasetUse[] = [];
  for (const chapter of chapters) {
    for (const tag of tagsIn(chapter)) {
      if (tag.name === "Ref") continue;
      const dataset = attribute(tag.attributes, tag.name === "Value" ? "of" : "dataset");
      if (dataset === undefined) continue;
      uses.push({
        dataset,
        chapterId: chapter.id,
        kind: tag.name,
        figureId: tag.name === "Figure" ? attribute(tag.attributes, "id") : undefined,
      });
    }
  }
  return uses;
}

/** HTML id of a figure on its page; prefixed so it never clashes with a heading's id. */
export function figureElementId(figureId: string): string {
  return `figuur-${figureId}`;
}

/** "figuur 3" for a `<Ref to>`; an unknown id stops the build, naming where it is used. */
export function resolveFigureRef(
  figures: ReadonlyMap<string, FigurePlace>,
  to: string | undefined,
  chapters: readonly ChapterSource[],
): FigurePlace {
  const found = to === undefined ? undefined : figures.get(to);
  if (found) return found;
  const usedAt = chapters.flatMap((chapter) =>
    tagsIn(chapter)
      .filter((tag) => tag.name === "Ref" && attribute(tag.attributes, "to") === to)
      .map((tag) => `${chapter.file}, regel ${tag.line}`),
  );
  const valid = [...figures.keys()];
  throw new FigureError(
    `${usedAt.length > 0 ? `${usedAt.join("; ")}: ` : ""}<Ref to="${to ?? ""}" /> verwijst naar een figuur die niet bestaat. ` +
      (valid.length > 0
        ? `Bestaande figuren: ${valid.map((id) => `"${id}"`).join(", ")}.`
        : "Er staan nog geen figuren in het document.") +
      ` Gebruik de id van een <Figure id="…">.`,
  );
}
