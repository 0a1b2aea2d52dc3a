/** Figures in the document: their numbers and the references to them, read from the model. */
import { EditorError, formatWhere } from "../errors";
import { textAttribute } from "./model/attributes";
import { locationIn, type ChapterModel, type DocumentModel, type FigurePlace } from "./model/types";
import { allBlocks, documentInlines } from "./model/walk";

/** A problem in how a chapter uses figures; stops the build. */
export class FigureError extends EditorError {
  override name = "FigureError";
}

const figureIdPattern = /^[a-z][a-z0-9-]*$/;

/** Numbers every `<Figure id="…">` in chapter order; two figures with one id stop the build. */
export function indexFigures(chapters: readonly ChapterModel[]): Map<string, FigurePlace> {
  const places = new Map<string, FigurePlace>();
  for (const chapter of chapters) {
    for (const { block } of allBlocks(chapter.blocks)) {
      if (block.kind !== "figure") continue;
      const location = locationIn(chapter, block);
      const where = formatWhere(location);
      const id = textAttribute(block.attributes, "id");
      if (id === undefined) {
        throw new FigureError(`${where}: deze <Figure> heeft geen id. Geef elke figuur een eigen naam, bijvoorbeeld <Figure id="mantelzorgers" …>.`, { location });
      }
      if (!figureIdPattern.test(id)) {
        throw new FigureError(
          `${where}: de figuurnaam id="${id}" mag alleen kleine letters, cijfers en streepjes bevatten en begint met een letter (bijvoorbeeld "zorgvraag-drenthe").`,
          { location },
        );
      }
      const earlier = places.get(id);
      if (earlier) {
        throw new FigureError(
          `Twee figuren heten "${id}": in ${formatWhere({ file: earlier.file, line: earlier.line })} en in ${where}. Geef elke figuur een eigen id; <Ref to="…"> wijst een figuur aan met die naam.`,
          { location },
        );
      }
      places.set(id, {
        id,
        number: places.size + 1,
        chapterId: chapter.id,
        file: chapter.file,
        line: location.line ?? 1,
        dataset: textAttribute(block.attributes, "dataset"),
        title: textAttribute(block.attributes, "title"),
      });
    }
  }
  return places;
}

const indexes = new WeakMap<DocumentModel, ReadonlyMap<string, FigurePlace>>();

/** The figures of a document by id, numbered; computed once per model. */
export function figureIndex(model: DocumentModel): ReadonlyMap<string, FigurePlace> {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = indexFigures(model.chapters)));
  return index;
}

/** HTML id of a figure on its page; prefixed so it never clashes with a heading's id. */
export function figureElementId(figureId: string): string {
  return `figuur-${figureId}`;
}

/** "figuur 3" for a `<Ref to>`; an unknown id stops the build, naming where it is used. */
export function resolveFigureRef(model: DocumentModel, to: string | undefined): FigurePlace {
  const figures = figureIndex(model);
  const found = to === undefined ? undefined : figures.get(to);
  if (found) return found;
  const usedAt = [...documentInlines(model)]
    .filter(({ inline }) => inline.kind === "ref" && textAttribute(inline.attributes, "to") === to)
    .map(({ chapter, inline }) => locationIn(chapter, inline));
  const valid = [...figures.keys()];
  throw new FigureError(
    `${usedAt.length > 0 ? `${usedAt.map(formatWhere).join("; ")}: ` : ""}<Ref to="${to ?? ""}" /> verwijst naar een figuur die niet bestaat. ` +
      (valid.length > 0 ? `Bestaande figuren: ${valid.map((id) => `"${id}"`).join(", ")}.` : "Er staan nog geen figuren in het document.") +
      ` Gebruik de id van een <Figure id="…">.`,
    { location: usedAt[0] },
  );
}
