/** Every tag in the chapters checked against the components and the data, before anything renders:
 * unknown components and attributes, missing ones, datasets, rows and columns that do not exist,
 * figure types, figure ids and references to figures. Uses the same lookups the components use
 * while rendering, so what passes here renders. */
import { chartTypeChoiceText, isChartType } from "../../charts/chart-types.ts";
import { findFigure, scanFigures } from "../../content/figure-index.ts";
import type { Attributes, Block, ChapterModel, DocumentModel, FigurePlace, Inline, Span } from "../../content/model/types.ts";
import { allBlocks, allInlines, ownInlines } from "../../content/model/walk.ts";
import { listAttribute, textAttribute } from "../../content/model/attributes.ts";
import { findDataset, resolveValue } from "../../datasets/lookup.ts";
import type { Dataset } from "../../datasets/types.ts";
import { isEditorError, type EditorProblem } from "../../errors.ts";
import { chartData } from "../../figures/chart-data.ts";
import { tableModel } from "../../figures/table-model.ts";
import { closestNames, didYouMean, listNames } from "../../names.ts";
import { componentNames, components, type AttributeSpec } from "./components.ts";

/** One component as written in a chapter. */
interface Use {
  chapter: ChapterModel;
  name: string;
  attributes: Attributes;
  attributeSpans: Readonly<Record<string, Span>>;
  span: Span;
  placement: "block" | "inline";
}

function* usesIn(chapter: ChapterModel): Generator<Use> {
  const blockName: Partial<Record<Block["kind"], string>> = { figure: "Figure", "data-table": "DataTable", note: "Note", "open-point": "OpenPoint" };
  const inlineName: Partial<Record<Inline["kind"], string>> = { value: "Value", ref: "Ref", "open-point": "OpenPoint" };
  for (const { block } of allBlocks([...chapter.blocks, ...chapter.footnotes])) {
    const name = block.kind === "element" ? block.name : blockName[block.kind];
    if (name !== undefined && "attributes" in block) {
      yield { chapter, name, attributes: block.attributes, attributeSpans: block.attributeSpans, span: block.span, placement: "block" };
    }
    for (const { inline } of allInlines(ownInlines(block))) {
      const inlineComponent = inline.kind === "element" ? inline.name : inlineName[inline.kind];
      if (inlineComponent !== undefined && "attributes" in inline) {
        yield { chapter, name: inlineComponent, attributes: inline.attributes, attributeSpans: inline.attributeSpans, span: inline.span, placement: "inline" };
      }
    }
  }
}

function isComponentName(name: string): boolean {
  const first = name.charAt(0);
  return first !== "" && first === first.toUpperCase() && first !== first.toLowerCase();
}

/** The tag as written when it fits on a line, else its first line: what an editor searches for. */
function tagSource(use: Use): string {
  const text = use.chapter.source.slice(use.span.start.offset, use.span.end.offset);
  const firstLine = text.split("\n")[0] ?? "";
  const tag = firstLine.length <= 100 ? firstLine : `${firstLine.slice(0, 97)}…`;
  return tag === text ? tag : `${tag}${tag.endsWith("…") ? "" : " …"}`;
}

function attributeSource(use: Use, attribute: string): string | undefined {
  const span = use.attributeSpans[attribute];
  return span && use.chapter.source.slice(span.start.offset, span.end.offset);
}

/** A problem placed in the chapter: at the attribute it is about (quoted as written), else at the tag. */
function placed(use: Use, problem: EditorProblem, attribute = problem.attribute): EditorProblem {
  const span = (attribute !== undefined ? use.attributeSpans[attribute] : undefined) ?? use.span;
  const written = attribute === undefined ? undefined : attributeSource(use, attribute);
  const { attribute: _attribute, ...rest } = problem;
  return {
    ...rest,
    problem: `<${use.name}>: ${problem.problem}`,
    location: { file: use.chapter.file, line: span.start.line, column: span.start.column },
    found: problem.found ?? written ?? tagSource(use),
  };
}

/** Runs a lookup; a problem it throws is placed at `attribute` (or the attribute the lookup names). */
function attempt<T>(use: Use, problems: EditorProblem[], attribute: string | undefined, lookup: () => T): T | undefined {
  try {
    return lookup();
  } catch (error) {
    if (!isEditorError(error) || error.problems.length === 0) throw error;
    problems.push(...error.problems.map((problem) => placed(use, problem, problem.attribute ?? attribute)));
    return undefined;
  }
}

function kindProblem(name: string, spec: AttributeSpec, value: Attributes[string]): string | undefined {
  switch (spec.kind) {
    case "text":
      return typeof value === "string" ? undefined : `de waarde van ${name} hoort tekst tussen aanhalingstekens te zijn.`;
    case "text-or-number":
      return typeof value === "string" || typeof value === "number" ? undefined : `de waarde van ${name} hoort tekst tussen aanhalingstekens te zijn.`;
    case "list":
      return Array.isArray(value) ? undefined : `de waarde van ${name} hoort een lijst te zijn.`;
    case "flag":
      return typeof value === "boolean" ? undefined : `${name} staat er alleen, of als ${name}={true} of ${name}={false}.`;
  }
}

/** Unknown components, unknown or missing attributes, attributes written in the wrong form. */
function tagProblems(use: Use): EditorProblem[] {
  const spec = components[use.name];
  if (!spec) {
    if (!isComponentName(use.name)) return [];
    const close = closestNames(use.name, componentNames).map((name) => `<${name}>`);
    return [
      placed(use, {
        problem: "deze bouwsteen bestaat niet.",
        found: tagSource(use),
        expected: `een van de bouwstenen ${componentNames.map((name) => `<${name}>`).join(", ")}`,
        fix: `${close.length > 0 ? `Bedoelde u ${close.join(" of ")}? ` : ""}Verbeter de naam (ook in de sluittag), of schrijf de tekst zonder < >.`,
      }),
    ];
  }
  if (spec.unchecked) return [];
  const problems: EditorProblem[] = [];
  if (spec.placement !== "both" && spec.placement !== use.placement) {
    problems.push(
      placed(use, {
        problem: use.placement === "inline" ? "deze bouwsteen hoort op een eigen regel, niet in een zin." : "deze bouwsteen hoort in een zin, niet op een eigen regel tussen alinea's.",
        found: tagSource(use),
        expected: use.placement === "inline" ? `<${use.name} … /> op een eigen regel, met een lege regel ervoor en erna` : `<${use.name} … /> midden in de zin waar hij hoort`,
        fix: use.placement === "inline" ? "Zet de tag op een eigen regel met een lege regel ervoor en erna." : "Zet de tag in de zin, zonder lege regel ervoor of erna.",
      }),
    );
  }
  const known = Object.keys(spec.attributes);
  // A misspelt attribute (rij for row) is one mistake: said as the unknown one, with its right name.
  const meant = new Set<string>();
  for (const name of Object.keys(use.attributes)) {
    if (!spec.attributes[name]) for (const close of closestNames(name, known)) meant.add(close);
  }
  for (const name of Object.keys(use.attributes)) {
    const attribute = spec.attributes[name];
    if (!attribute) {
      problems.push(
        placed(
          use,
          {
            problem: `de bouwsteen heeft geen attribuut "${name}".`,
            expected: known.length > 0 ? `de attributen ${listNames(known)}` : "geen attributen",
            fix: didYouMean(name, known) ? `${didYouMean(name, known).trim()} Verbeter de naam.` : "Haal het attribuut weg.",
          },
          name,
        ),
      );
      continue;
    }
    const wrong = kindProblem(name, attribute, use.attributes[name]!);
    if (wrong) problems.push(placed(use, { problem: wrong, expected: attribute.example, fix: `Schrijf het zoals in het voorbeeld: ${attribute.example}` }, name));
  }
  for (const [name, attribute] of Object.entries(spec.attributes)) {
    if (!attribute.required || name in use.attributes || meant.has(name)) continue;
    // Said once, with a name no figure has yet, by the check of the figure ids (scanFigures).
    if (use.name === "Figure" && name === "id") continue;
    problems.push(
      placed(use, {
        problem: `het attribuut ${name} ontbreekt.`,
        found: tagSource(use),
        expected: attribute.example,
        fix: `Voeg ${attribute.example} toe aan de tag.`,
      }),
    );
  }
  return problems;
}

/** What the tag refers to: a dataset, its rows and columns, a chart type, a figure. */
function referenceProblems(use: Use, datasets: readonly Dataset[] | undefined, figures: ReadonlyMap<string, FigurePlace>): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const text = (name: string) => textAttribute(use.attributes, name);
  const list = (name: string) => listAttribute(use.attributes, name);
  switch (use.name) {
    case "Value": {
      const of = text("of");
      const row = text("row");
      if (of === undefined || row === undefined || datasets === undefined) break;
      const dataset = attempt(use, problems, "of", () => findDataset(datasets, of));
      if (dataset) attempt(use, problems, "row", () => resolveValue([dataset], of, row, text("col")));
      break;
    }
    case "Figure": {
      const type = text("type");
      if (type !== undefined && !isChartType(type)) {
        problems.push(
          placed(
            use,
            {
              problem: `het figuurtype "${type}" bestaat niet.`,
              expected: chartTypeChoiceText(),
              fix: "Kies een van deze figuurtypen.",
            },
            "type",
          ),
        );
      }
      const id = text("dataset");
      if (id === undefined || datasets === undefined) break;
      const dataset = attempt(use, problems, "dataset", () => findDataset(datasets, id));
      if (dataset) attempt(use, problems, undefined, () => chartData(dataset, { label: text("label"), value: text("value"), rows: list("rows") }));
      break;
    }
    case "DataTable": {
      const id = text("dataset");
      if (id === undefined || datasets === undefined) break;
      const dataset = attempt(use, problems, "dataset", () => findDataset(datasets, id));
      if (dataset) attempt(use, problems, undefined, () => tableModel(dataset, { columns: list("columns"), rows: list("rows") }));
      break;
    }
    case "Ref": {
      const to = text("to");
      if (to !== undefined) attempt(use, problems, "to", () => findFigure(figures, to));
      break;
    }
  }
  return problems;
}

/** Every mistake in how the chapters use components, figures and data, in reading order. Figure
 * ids are checked once for the document; a reference to a dataset is checked only when the data
 * could be read (`datasets` undefined: data problems are reported on their own). */
export function componentProblems(model: DocumentModel, datasets: readonly Dataset[] | undefined): EditorProblem[] {
  const { places, problems: figureProblems } = scanFigures(model.chapters);
  const problems: EditorProblem[] = [];
  for (const chapter of model.chapters) {
    for (const use of usesIn(chapter)) {
      const own = tagProblems(use);
      problems.push(...own);
      if (own.length === 0) problems.push(...referenceProblems(use, datasets, places));
    }
  }
  return [...problems, ...figureProblems].sort(
    (a, b) =>
      model.chapters.findIndex((chapter) => chapter.file === a.location?.file) - model.chapters.findIndex((chapter) => chapter.file === b.location?.file) ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}
