/** Figures in the document: their numbers and the references to them, read from the model. */
import { EditorError, formatProblem, formatWhere, type EditorProblem } from "../errors.ts";
import { didYouMean, listNames } from "../names.ts";
import { figureIdPattern, freeFigureId } from "./figure-ids.ts";
import { textAttribute } from "./model/attributes.ts";
import { locationIn, type ChapterModel, type DocumentModel, type FigureBlock, type FigurePlace } from "./model/types.ts";
import { allBlocks } from "./model/walk.ts";

/** A problem in how a chapter uses figures. The document check finds these before anything
 * renders (src/lib/checks/mistakes/); a component that still meets one stops the build with it. */
export class FigureError extends EditorError {
  override name = "FigureError";

  constructor(problem: EditorProblem) {
    super(formatProblem(problem), { problems: [problem] });
  }
}

/** Where an attribute of a figure is written (the tag itself when the attribute is not there). */
function attributeLocation(chapter: ChapterModel, block: FigureBlock, attribute: string) {
  const span = block.attributeSpans[attribute] ?? block.span;
  return { file: chapter.file, line: span.start.line, column: span.start.column };
}

function attributeSource(chapter: ChapterModel, block: FigureBlock, attribute: string): string | undefined {
  const span = block.attributeSpans[attribute];
  return span && chapter.source.slice(span.start.offset, span.end.offset);
}

/** Numbers every `<Figure id="…">` in chapter order, and lists what is wrong with the ids: a
 * figure without an id (with a name no figure has yet, to take), an id that cannot be an address,
 * two figures with one id. The document check says these once: its check of each tag's attributes
 * leaves the figure's id to this one. */
export function scanFigures(chapters: readonly ChapterModel[]): { places: Map<string, FigurePlace>; problems: EditorProblem[] } {
  const places = new Map<string, FigurePlace>();
  const problems: EditorProblem[] = [];
  const figures = chapters.flatMap((chapter) => [...allBlocks(chapter.blocks)].flatMap(({ block }) => (block.kind === "figure" ? [{ chapter, block }] : [])));
  const taken = figures.flatMap(({ block }) => textAttribute(block.attributes, "id") ?? []);
  for (const { chapter, block } of figures) {
      const location = attributeLocation(chapter, block, "id");
      const id = textAttribute(block.attributes, "id");
      if (id === undefined) {
        const free = freeFigureId(textAttribute(block.attributes, "dataset"), taken);
        taken.push(free);
        problems.push({
          location,
          problem: "deze <Figure> heeft geen id.",
          found: chapter.source.slice(block.span.start.offset, block.span.end.offset).split("\n")[0],
          expected: `een eigen naam voor de figuur, die geen andere figuur heeft, zoals id="${free}"`,
          fix: `Voeg id="${free}" toe (of een andere naam met kleine letters en streepjes). Met die naam verwijst <Ref to="${free}" /> naar de figuur.`,
        });
        continue;
      }
      if (!figureIdPattern.test(id)) {
        problems.push({
          location,
          problem: "de naam van de figuur kan geen deel van een webadres zijn.",
          found: attributeSource(chapter, block, "id"),
          expected: 'kleine letters, cijfers en streepjes, beginnend met een letter, zoals id="zorgvraag-drenthe"',
          fix: "Schrijf de naam met kleine letters en streepjes in plaats van spaties.",
        });
        continue;
      }
      const earlier = places.get(id);
      if (earlier) {
        problems.push({
          location,
          problem: `er is al een figuur met de naam "${id}", in ${formatWhere({ file: earlier.file, line: earlier.line })}.`,
          found: attributeSource(chapter, block, "id"),
          expected: "een eigen naam voor elke figuur",
          fix: 'Geef een van beide figuren een andere id (en pas de <Ref to="…" /> aan die naar die figuur verwijst).',
        });
        continue;
      }
      places.set(id, {
        id,
        number: places.size + 1,
        chapterId: chapter.id,
        file: chapter.file,
        line: locationIn(chapter, block).line ?? 1,
        dataset: textAttribute(block.attributes, "dataset"),
        title: textAttribute(block.attributes, "title"),
      });
  }
  return { places, problems };
}

/** Numbers every `<Figure id="…">` in chapter order; a figure id that is wrong stops the build. */
export function indexFigures(chapters: readonly ChapterModel[]): Map<string, FigurePlace> {
  const { places, problems } = scanFigures(chapters);
  if (problems[0]) throw new FigureError(problems[0]);
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

/** The figure a `<Ref to>` points at, from the figures as numbered; an unknown id is a problem. */
export function findFigure(figures: ReadonlyMap<string, FigurePlace>, to: string | undefined): FigurePlace {
  const found = to === undefined ? undefined : figures.get(to);
  if (found) return found;
  const valid = [...figures.keys()];
  throw new FigureError({
    attribute: "to",
    problem: to === undefined ? "deze <Ref> zegt niet naar welke figuur hij verwijst." : `er is geen figuur met de naam "${to}".`,
    expected: valid.length > 0 ? `de id van een <Figure id="…">: ${listNames(valid)}` : "de id van een <Figure id=\"…\">; er staan nog geen figuren in het document",
    fix: `${to === undefined ? "" : didYouMean(to, valid).trim() || ""} Gebruik precies de id van de figuur, zoals <Ref to="mantelzorgers" />.`.trim(),
  });
}

/** "figuur 3" for a `<Ref to>`; an unknown id stops the build. */
export function resolveFigureRef(model: DocumentModel, to: string | undefined): FigurePlace {
  return findFigure(figureIndex(model), to);
}
