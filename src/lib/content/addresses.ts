/** Addresses of the site's pages that other parts of the build rely on: one place for each. */

/** A chapter's page: "/huis/". */
export function chapterHref(id: string): string {
  return `/${id}/`;
}

/** The PDF edition's file name, at the site's root and in every released edition's folder. */
export const pdfFileName = "woonzorgvisie-assen.pdf";

/** The whole-document page that the PDF is printed from (src/pages/document/index.astro). */
export const documentPagePath = "/document/";

/** The editors' list of open points (src/pages/redactie/index.astro); not in the navigation. */
export const editorsPath = "/redactie/";

/** Pages that ask search engines not to index them (`<meta name="robots" content="noindex">`): the
 * sitemap leaves them out (src/integrations/sitemap.ts). */
export const unlistedPaths: readonly string[] = [documentPagePath, editorsPath];

/** The privacy statement (src/pages/privacy.astro), linked from every footer. */
export const privacyPath = "/privacy/";

/** Every released edition, newest first (src/pages/versies/index.astro). */
export const versionsPath = "/versies/";

/** The renvooi of the document as it is now against the edition before it. */
export const changesPath = "/wijzigingen/";

/** An edition's own start page: "/versies/0.1/". */
export function editionHref(version: string): string {
  return `${versionsPath}${version}/`;
}

/** A chapter as it was in an edition: "/versies/0.1/wijk/". */
export function editionChapterHref(version: string, id: string): string {
  return `${editionHref(version)}${id}/`;
}

/** The renvooi of an edition against the edition before it: "/versies/0.2/wijzigingen/". */
export function editionChangesHref(version: string): string {
  return `${editionHref(version)}wijzigingen/`;
}

/** The PDF of an edition as it was released: "/versies/0.1/woonzorgvisie-assen.pdf" (the route is
 * src/pages/versies/[version]/woonzorgvisie-assen.pdf.ts). */
export function editionPdfHref(version: string): string {
  return `${editionHref(version)}${pdfFileName}`;
}

/** A chapter's page in the document as it is now (`edition` undefined) or in an edition. */
export function chapterPageHref(edition: string | undefined, id: string): string {
  return edition === undefined ? chapterHref(id) : editionChapterHref(edition, id);
}
