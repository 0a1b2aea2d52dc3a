/** One edition's STOP package: besluit.xml, opdracht.xml, manifest.xml and a PNG per chart, as
 * named files. Plain TypeScript fed by the document model and the renvooi model; the chart
 * drawing is passed in (png.ts). */
import { createHash } from "node:crypto";
import { listEditions } from "../editions/list.ts";
import { compareDocuments } from "../editions/renvooi.ts";
import { currentSource, editionSource, type DocumentSource } from "../editions/source.ts";
import type { DocumentInfo } from "../../schemas/document.ts";
import { allBlocks } from "../content/model/walk.ts";
import { aanleveringBesluit } from "./besluit.ts";
import { publicationFacts, type PublicationFacts } from "./facts.ts";
import { componentnaam, regelingExpression, regelingWork, type EditionIdentity } from "./identifiers.ts";
import { besluitFile, manifest, manifestFile, opdrachtFile, validatieOpdracht } from "./lvbb.ts";
import { regelingMutatie } from "./mutation/mutatie.ts";
import type { Png } from "./png.ts";
import { regelingText, type RegelingText } from "./regeling.ts";
import { renvooiChanges } from "./renvooi-adapter.ts";
import { figureOf } from "./text/figure.ts";
import { textContext, type Illustration } from "./text/context.ts";
import { serialize } from "./xml.ts";

export interface EditionPackageInput {
  /** The edition's (or the current text's) chapters, datasets and document.json. */
  source: DocumentSource;
  info: DocumentInfo;
  facts: PublicationFacts;
  /** The first edition: the regeling's work is named after its year. */
  first: EditionIdentity;
  /** The site's address (`site` in src/content/document.json). */
  siteUrl: string;
  /** A figure's chart as the built site shows it (site-charts.ts), by figure id and chapter. */
  chartSvg(figureId: string, chapterId: string): string | undefined;
  draw(svg: string): Png;
  /** The package of the edition before, when there is one: this one is a wijzigingsbesluit of it. */
  previous?: StopPackage | undefined;
}

export interface StopPackage {
  version: string;
  source: DocumentSource;
  expression: string;
  text: RegelingText;
  /** File name → bytes, in the order of the manifest. */
  files: Map<string, Uint8Array>;
}

/** Every chart of the edition as PNG, named after its SVG. A chart the site does not show stops the build. */
function illustrations(input: EditionPackageInput): { byFigure: Map<string, Illustration>; files: Map<string, Uint8Array> } {
  const { source, draw } = input;
  const byFigure = new Map<string, Illustration>();
  const files = new Map<string, Uint8Array>();
  for (const chapter of source.model.chapters) {
    for (const { block } of allBlocks(chapter.blocks)) {
      if (block.kind !== "figure") continue;
      const figure = figureOf(source.datasets, block.attributes);
      if (!figure || byFigure.has(figure.id)) continue;
      const svg = input.chartSvg(figure.id, chapter.id);
      if (svg === undefined) throw new Error(`Figuur "${figure.id}" (${chapter.file}) staat niet op de gebouwde pagina; de officiële publicatie tekent haar grafiek uit die pagina.`);
      const png = draw(svg);
      const name = `figuur-${figure.id}-${createHash("sha256").update(svg).digest("hex").slice(0, 10)}.png`;
      byFigure.set(figure.id, { name, width: png.width, height: png.height, dpi: png.dpi });
      files.set(name, png.bytes);
    }
  }
  return { byFigure, files };
}

export function editionPackage(input: EditionPackageInput): StopPackage {
  const { source, info, previous } = input;
  const work = regelingWork(input.first);
  const expression = regelingExpression(work, info);
  const images = illustrations(input);
  const context = textContext(source.model, source.datasets, input.siteUrl, images.byFigure);
  const changes = previous && renvooiChanges(compareDocuments(previous.source, source));
  const text = regelingText(source, context, info.version, previous && changes && { text: previous.text, changes });
  const mutation =
    previous && changes
      ? regelingMutatie(text.lichaam, previous.text.lichaam, text.counterparts, changes, { componentnaam, was: previous.expression, wordt: expression })
      : undefined;
  const besluit = serialize(aanleveringBesluit({ info, facts: input.facts, regelingWork: work, regelingExpression: expression, text, mutation }));
  const encode = (text: string) => new TextEncoder().encode(text);
  const opdracht = serialize(validatieOpdracht(info, input.facts, besluit));
  // A wijzigingsbesluit carries only the charts it adds; the others were delivered before.
  const used = [...images.files].filter(([name]) => besluit.includes(`naam="${name}"`));
  const names = [opdrachtFile, besluitFile, ...used.map(([name]) => name)];
  const files = new Map<string, Uint8Array>([
    [manifestFile, encode(serialize(manifest(names)))],
    [opdrachtFile, encode(opdracht)],
    [besluitFile, encode(besluit)],
    ...used,
  ]);
  return { version: info.version, source, expression, text, files };
}

/** The editions the official publication delivers: every released one, and the current text when
 * its version is not released yet, in version order. */
export function publishedSources(root: string, current: DocumentInfo): DocumentSource[] {
  const editions = listEditions(root);
  const released = editions.map((edition) => editionSource(root, edition.version));
  return editions.some((edition) => edition.version === current.version) ? released : [...released, currentSource(root, current)];
}

export interface PackagesInput {
  sources: readonly DocumentSource[];
  /** src/content/document.json as it is now: the facts about the gemeente for every edition (facts.ts). */
  current: DocumentInfo;
  siteUrl: string;
  /** A figure's chart as the built site shows it in that edition (site-charts.ts). */
  chartSvg(edition: string | undefined, figureId: string, chapterId: string): string | undefined;
  draw(svg: string): Png;
}

/** The package of each source in turn, each after the first a wijzigingsbesluit of the one before. */
export function editionPackages(input: PackagesInput): StopPackage[] {
  const packages: StopPackage[] = [];
  for (const source of input.sources) {
    packages.push(
      editionPackage({
        source,
        info: source.info,
        facts: publicationFacts(source.info, input.current),
        first: input.sources[0]!.info,
        siteUrl: input.siteUrl,
        chartSvg: (figureId, chapterId) => input.chartSvg(source.edition, figureId, chapterId),
        draw: input.draw,
        previous: packages.at(-1),
      }),
    );
  }
  return packages;
}
