import { z } from "zod";

/** `concept`: a draft; every page and the PDF carry a visible "Concept" mark.
 * `vastgesteld`: adopted by the gemeenteraad; the build refuses while open points remain. */
export const documentStatuses = ["concept", "vastgesteld"] as const;

export const documentSchema = z.object({
  title: z.string().min(1),
  organisation: z.string().min(1),
  status: z.enum(documentStatuses),
  /** Version of the document text, shown in the footer and on the PDF cover. */
  version: z.string().regex(/^\d+(\.\d+)*$/, "Schrijf de versie als 0.1, 1.0 of 1.2.3."),
  /** Date of this version (YYYY-MM-DD). */
  date: z.iso.date("Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-06-01."),
});

export type DocumentInfo = z.infer<typeof documentSchema>;
