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

/** A fact of the official publication as written: its value, or `onbekend` while the gemeente has
 * not decided or told it. An unknown fact is an open point (`npm run check`) and stays out of the
 * STOP package, whose validation then names the rule it breaks (docs/redactiegids.md). */
const unknownOr = <T extends z.ZodType>(known: T) => z.union([z.literal(UNKNOWN), known]);

const oinMessage = "een OIN: 20 cijfers, zonder spaties, of: onbekend";
const aanhefMessage = "de tekst van de aanhef, niet leeg, of: onbekend";
const sluitingMessage = "de tekst van het slot, niet leeg, of: onbekend";
const publicationDateMessage = "een datum als \"2027-03-01\" (JJJJ-MM-DD), of: onbekend";

/** What the official publication (the STOP package for the LVBB, dist/stop/) needs to know and
 * the visie itself does not say. Each field says, in Dutch, what it is; `npm run check` shows that
 * text as the open point while the field is absent or `onbekend`. Optional as a whole, so that
 * the document.json of an edition released before these fields existed stays valid. */
export const publicationSchema = z.object({
  soortRegeling: unknownOr(z.enum(["programma"], { error: 'de soort regeling: "programma" of "onbekend"' }))
    .optional()
    .describe(
      'Wat voor regeling de visie is voor de Omgevingswet. Als onderdeel van het volkshuisvestingsprogramma is dat "programma". Is de visie een beleidsregel of iets anders, dan moet de STOP-uitvoer die soort eerst leren: vraag het de ontwikkelaars.',
    ),
  bestuursorgaan: unknownOr(z.enum(["gemeenteraad", "college van burgemeester en wethouders"], { error: 'het orgaan dat de visie vaststelt: "gemeenteraad", "college van burgemeester en wethouders" of "onbekend"' }))
    .optional()
    .describe('Welk bestuursorgaan de visie vaststelt: "gemeenteraad" of "college van burgemeester en wethouders". STOP eist dit bij een gemeente.'),
  oinBevoegdGezag: unknownOr(z.string().regex(/^\d{20}$/, oinMessage))
    .optional()
    .describe("Het OIN (Organisatie-identificatienummer, 20 cijfers) van de gemeente Assen als bevoegd gezag, voor de opdracht aan de LVBB. Het staat in het OIN-register van Logius."),
  oinAanleveraar: unknownOr(z.string().regex(/^\d{20}$/, oinMessage))
    .optional()
    .describe("Het OIN van wie het pakket bij de LVBB aanlevert: de gemeente zelf of haar leverancier (20 cijfers)."),
  datumBekendmaking: unknownOr(z.iso.date(publicationDateMessage))
    .optional()
    .describe("De dag waarop het besluit in het Gemeenteblad bekend wordt gemaakt (bij een concept: het ontwerpbesluit). De LVBB vraagt die datum in de opdracht."),
  aanhef: unknownOr(z.string().trim().min(1, aanhefMessage))
    .optional()
    .describe(
      "De aanhef van het besluit, zoals de gemeente die opschrijft: wie besluit en op grond waarvan (\"De raad van de gemeente Assen; gelet op …; besluit:\"). Meer dan één alinea: scheid ze met een lege regel (\\n\\n). De visie zelf zegt het niet.",
    ),
  sluiting: unknownOr(z.string().trim().min(1, sluitingMessage))
    .optional()
    .describe(
      "Het slot van het besluit: de slotformule, de datum en wie ondertekent (\"Aldus vastgesteld in de openbare vergadering van …\"). Meer dan één alinea: scheid ze met een lege regel (\\n\\n). De visie zelf zegt het niet.",
    ),
  vastgesteldOp: unknownOr(z.iso.date(publicationDateMessage))
    .optional()
    .describe("Alleen bij de status vastgesteld: de dag waarop het bestuursorgaan de visie vaststelde (procedurestap Vaststelling)."),
  ondertekendOp: unknownOr(z.iso.date(publicationDateMessage))
    .optional()
    .describe("Alleen bij de status vastgesteld: de dag waarop het besluit werd ondertekend (procedurestap Ondertekening, die de LVBB verplicht stelt)."),
});

export type PublicationFacts = z.infer<typeof publicationSchema>;

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
  /** The facts of the official publication (STOP) that the visie does not give; see publicationSchema. */
  publicatie: publicationSchema.optional(),
});

export type DocumentInfo = z.infer<typeof documentSchema>;
