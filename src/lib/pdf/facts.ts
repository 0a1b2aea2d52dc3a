/** What a PDF says about itself: title, author, subject, language, dates and the tools that made
 * it. Nothing here depends on when or where the build runs, so two builds of the same sources
 * give the same file. */
import { createRequire } from "node:module";
import path from "node:path";
import type { DocumentInfo } from "../content/document-info.ts";

export interface PdfFacts {
  title: string;
  /** The organisation that publishes the document (Info Author, dc:creator). */
  author: string;
  /** One sentence about the document (Info Subject, dc:description). */
  subject: string;
  /** BCP 47, e.g. "nl". */
  language: string;
  /** Creation and modification date. */
  date: Date;
  /** What made the document (Info Creator, xmp:CreatorTool): "Woonzorgvisie Assen (Astro 7.3.5)". */
  creator: string;
  /** What made the PDF (Info Producer, pdf:Producer): "Chromium 150.0.7871.100, pdf-lib 1.17.1". */
  producer: string;
}

export interface PdfFactsOptions {
  subject: string;
  /** The version of the Chromium that prints, from browser.version(). */
  chromiumVersion: string;
  /** Project root, to read the versions of the tools from node_modules. */
  root: string;
  env?: NodeJS.ProcessEnv;
}

export function pdfFacts(info: DocumentInfo, { subject, chromiumVersion, root, env = process.env }: PdfFactsOptions): PdfFacts {
  return {
    title: info.title,
    author: info.organisation,
    subject,
    language: "nl",
    date: pdfDate(info.date, env),
    creator: `${info.title} (Astro ${packageVersion(root, "astro")})`,
    producer: `Chromium ${chromiumVersion}, pdf-lib ${packageVersion(root, "pdf-lib")}`,
  };
}

/**
 * Never the time of the build (https://reproducible-builds.org/specs/source-date-epoch/):
 * SOURCE_DATE_EPOCH (seconds since 1970, UTC) when it is set, else the document's own date at 00:00 UTC.
 */
export function pdfDate(documentDate: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return new Date(`${documentDate}T00:00:00Z`);
  if (!/^\d+$/.test(epoch)) {
    throw new Error(`SOURCE_DATE_EPOCH moet een aantal seconden sinds 1 januari 1970 (UTC) zijn, zoals 1764288000, niet "${epoch}".`);
  }
  return new Date(Number(epoch) * 1000);
}

function packageVersion(root: string, name: string): string {
  const require = createRequire(path.join(root, "package.json"));
  return (require(`${name}/package.json`) as { version: string }).version;
}
