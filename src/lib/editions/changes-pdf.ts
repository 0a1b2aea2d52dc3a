/** The renvooi PDF for the raad: /wijzigingen/ printed to dist/woonzorgvisie-assen-wijzigingen.pdf
 * (`changesPdfFileName`), by the same printing step as the document's PDF
 * (src/integrations/pdf-edition.ts). `npm run edition` keeps it in the edition it releases. */
import { changesPath } from "../content/addresses.ts";

/** Stands in the built HTML until the renvooi PDF exists; the PDF step replaces it. */
export const changesPdfSizePlaceholder = "%%WIJZIGINGEN-PDF-GROOTTE%%";

/** The page the renvooi PDF is printed from. */
export const changesPdfPage = changesPath;

/** Puts the size into a built page; `undefined` (no PDF made) drops the "(…)" after the link text. */
export function fillChangesPdfSize(html: string, size: string | undefined): string {
  return size === undefined
    ? html.replaceAll(` (${changesPdfSizePlaceholder})`, "").replaceAll(changesPdfSizePlaceholder, "")
    : html.replaceAll(changesPdfSizePlaceholder, size);
}
