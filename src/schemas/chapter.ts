import { z } from "zod";

/** The statuses a chapter text can have. `concept` while policy staff still write it,
 * `gereed` once it is ready to go to the gemeenteraad. The document as a whole has its own
 * status in `src/content/document.json`. */
export const chapterStatuses = ["concept", "gereed"] as const;

export const chapterSchema = z.object({
  /** Shown as the page's h1, in navigation, cards, the PDF and search results. */
  title: z
    .string({ error: "Vul een titel in, bijvoorbeeld: title: De inwoner" })
    .trim()
    .min(1, "De titel mag niet leeg zijn."),
  /** Position in the document (1 = first chapter). Two chapters may not share a number. */
  order: z
    .number({ error: "Vul een volgnummer in (een heel getal), bijvoorbeeld: order: 1" })
    .int("Het volgnummer moet een heel getal zijn, bijvoorbeeld 1, 2 of 3.")
    .positive("Het volgnummer moet 1 of hoger zijn."),
  /** One line for the chapter card on the home page and the page's meta description. */
  summary: z
    .string({ error: "Vul een samenvatting van één regel in (summary: …)." })
    .trim()
    .min(1, "De samenvatting mag niet leeg zijn.")
    .max(200, "Houd de samenvatting kort: hoogstens 200 tekens."),
  /** Where the text of this chapter stands. */
  status: z.enum(chapterStatuses, {
    error: (issue) =>
      `Onbekende status ${JSON.stringify(issue.input)}. Kies uit: ${chapterStatuses.join(", ")}.`,
  }),
});

export type ChapterData = z.infer<typeof chapterSchema>;

/** The chapter fields as pages read them: the same fields and types, but it never fails. The check
 * with lines is checkFrontmatter (src/lib/content/model/chapter.ts), which runs before anything
 * renders (build) or a page shows (dev). */
export const chapterEntrySchema = z.object({
  title: chapterSchema.shape.title.catch(""),
  order: chapterSchema.shape.order.catch(Number.MAX_SAFE_INTEGER),
  summary: chapterSchema.shape.summary.catch(""),
  status: chapterSchema.shape.status.catch("concept"),
});

export type ChapterEntryData = z.infer<typeof chapterEntrySchema>;

/** What each frontmatter field expects, with an example line, for messages about a wrong or missing field. */
export const chapterFieldHelp: Record<keyof ChapterData, { expected: string; example: string }> = {
  title: { expected: "de titel van het hoofdstuk", example: "title: De inwoner" },
  order: { expected: "het volgnummer: een heel getal vanaf 1 dat geen ander hoofdstuk heeft", example: "order: 3" },
  summary: { expected: "één regel samenvatting van hoogstens 200 tekens", example: "summary: We zorgen dat inwoners langer thuis kunnen wonen." },
  status: { expected: `de status van de tekst: ${chapterStatuses.join(" of ")}`, example: "status: concept" },
};
