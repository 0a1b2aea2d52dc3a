/** Addresses of the site's pages that other parts of the build rely on: one place for each. */

/** A chapter's page: "/huis/". */
export function chapterHref(id: string): string {
  return `/${id}/`;
}

/** The whole-document page that the PDF is printed from (src/pages/document/index.astro). */
export const documentPagePath = "/document/";
