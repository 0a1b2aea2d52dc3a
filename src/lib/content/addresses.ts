/** Addresses of the site's pages that other parts of the build rely on: one place for each. */

/** The site's public address as pages see it (Astro.site) and build steps (config.site), no
 * trailing slash: where a link in a PDF leads, since a printed or downloaded file has no page its
 * links could be relative to. astro.config.mjs sets it from `site` in src/content/document.json
 * (siteAddressOnDisk in document-info.ts). */
export function siteAddress(site: URL | string | undefined): string {
  if (site === undefined || site === "") {
    throw new Error("astro.config.mjs noemt geen site (het adres van de website), en de PDF heeft dat adres nodig voor zijn links.");
  }
  return new URL(site).origin;
}

/** A chapter's page: "/huis/". */
export function chapterHref(id: string): string {
  return `/${id}/`;
}

/** The PDF edition's file name, at the site's root and in every released edition's folder. */
export const pdfFileName = "woonzorgvisie-assen.pdf";

/** The renvooi PDF: the current one in dist/, an edition's own (frozen at its release) under /versies/<version>/. */
export const changesPdfFileName = "woonzorgvisie-assen-wijzigingen.pdf";

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

/** The renvooi of the document as it is now against the text in force, the last vastgesteld
 * edition: "/wijzigingen/sinds-1.0/". */
export function changesSinceHref(inForce: string): string {
  return `${changesPath}sinds-${inForce}/`;
}

/** The renvooi of an edition against the last vastgesteld edition before it: "/versies/1.2/wijzigingen/sinds-1.0/". */
export function editionChangesSinceHref(version: string, inForce: string): string {
  return `${editionChangesHref(version)}sinds-${inForce}/`;
}

/** The PDF of an edition as it was released: "/versies/0.1/woonzorgvisie-assen.pdf" (the route is
 * src/pages/versies/[version]/woonzorgvisie-assen.pdf.ts). */
export function editionPdfHref(version: string): string {
  return `${editionHref(version)}${pdfFileName}`;
}

/** The renvooi PDF an edition froze at its release: "/versies/0.2/woonzorgvisie-assen-wijzigingen.pdf"
 * (the route is src/pages/versies/[version]/woonzorgvisie-assen-wijzigingen.pdf.ts). */
export function editionChangesPdfHref(version: string): string {
  return `${editionHref(version)}${changesPdfFileName}`;
}

/** The name a downloaded edition PDF gets, so that it is not taken for the current one: "woonzorgvisie-assen-0.1.pdf". */
export function editionPdfDownloadName(version: string): string {
  return pdfFileName.replace(/\.pdf$/, `-${version}.pdf`);
}

/** "woonzorgvisie-assen-wijzigingen-0.2.pdf" */
export function editionChangesPdfDownloadName(version: string): string {
  return changesPdfFileName.replace(/\.pdf$/, `-${version}.pdf`);
}

/** A chapter's page in the document as it is now (`edition` undefined) or in an edition. */
export function chapterPageHref(edition: string | undefined, id: string): string {
  return edition === undefined ? chapterHref(id) : editionChapterHref(edition, id);
}
