import type { AstroIntegration } from "astro";

/** Prints the whole-document page to dist/woonzorgvisie-assen.pdf (issue 5 fills this in). */
export function pdfEdition(): AstroIntegration {
  return { name: "wzv:pdf-edition", hooks: {} };
}
