import { z } from "zod";
import { UNKNOWN } from "./dataset.ts";

/** `concept`: a draft; every page and the PDF carry a visible "Concept" mark.
 * `vastgesteld`: adopted by the gemeenteraad; the build refuses while open points remain. */
export const documentStatuses = ["concept", "vastgesteld"] as const;

const contactMessage =
  "Schrijf bij contact een e-mailadres (zoals naam@assen.nl) of het volledige adres van een contactpagina (https://…), of: onbekend.";

/** An e-mail address, an https address, or `onbekend`. */
export const contactSchema = z
  .string({ error: contactMessage })
  .trim()
  .refine(
    (value) => value === UNKNOWN || z.email().safeParse(value).success || (value.startsWith("https://") && z.url().safeParse(value).success),
    contactMessage,
  );

/** The address in src/content/document.json until the gemeente names the real one; while it is
 * this, `npm run check` lists it as an open point (and a vastgesteld document cannot be built). */
export const placeholderSite = "https://woonzorgvisie.assen.nl";

const siteMessage = `het adres waarop de site te lezen is: https:// en de domeinnaam, zonder pad erachter, zoals "${placeholderSite}"`;

/** An https origin such as "https://woonzorgvisie.assen.nl" (a trailing slash is allowed). No path:
 * the pages link to each other from the root ("/huis/"), so the site must be served there. */
export const siteSchema = z
  .string({ error: siteMessage })
  .trim()
  .refine((value) => {
    if (!z.url({ protocol: /^https$/ }).safeParse(value).success) return false;
    const url = new URL(value);
    return url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "" && url.password === "";
  }, siteMessage);

export const documentSchema = z.object({
  title: z.string({ error: "de titel van de visie, bijvoorbeeld: \"Woonzorgvisie Assen\"" }).min(1, "een titel, niet leeg"),
  organisation: z.string({ error: "de naam van de organisatie, bijvoorbeeld: \"Gemeente Assen\"" }).min(1, "een naam, niet leeg"),
  status: z.enum(documentStatuses, { error: `een van de statussen ${documentStatuses.map((status) => `"${status}"`).join(" of ")}` }),
  /** Version of the document text, shown in the footer and on the PDF cover. */
  version: z.string({ error: "de versie als tekst tussen aanhalingstekens, zoals \"0.1\" of \"1.0\"" }).regex(/^\d+(\.\d+)*$/, "een versie als \"0.1\", \"1.0\" of \"1.2.3\""),
  /** Date of this version (YYYY-MM-DD). */
  date: z.iso.date("een datum als \"2025-06-01\" (JJJJ-MM-DD)"),
  /** Where users of the open data ask about it (DCAT contact point): an e-mail address or a
   * contact page. `onbekend` (or absent) until the gemeente names one; then it is an open point. */
  contact: contactSchema.optional(),
  /** The site's public address: the PDFs, the open data, the canonical links and the sitemap use
   * it. Optional, so that released editions' document.json (frozen before it existed) stays valid;
   * absent means the placeholder. */
  site: siteSchema.optional(),
});

export type DocumentInfo = z.infer<typeof documentSchema>;
