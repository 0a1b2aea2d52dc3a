/** The agreement between the whole-document page (src/pages/document/) and the printing step
 * (./print.ts): each entry of the printed contents carries this attribute with the id of the
 * heading it lists, and the printer writes that heading's page number into it. */
export const tocPageAttribute = "data-toc-page";

/** The attributes of one contents entry's page-number slot. */
export function tocPageSlot(headingId: string): Record<typeof tocPageAttribute, string> {
  return { [tocPageAttribute]: headingId };
}
