import { z } from "zod";
import { checksSchema } from "../lib/checks/consistency/schema.ts";
import { licenceNames } from "../lib/open-data/licences.ts";

/**
 * Metadata of one dataset: `data/<id>.yaml`, next to `data/<id>.csv`.
 * The column part (`schema.fields`, `schema.primaryKey`) follows Frictionless Table Schema
 * (https://specs.frictionlessdata.io/table-schema/) so the files stay readable by other tools.
 * Every object is strict: a misspelt key (`titel` for `title`) is an error, not silently ignored.
 * Messages are Dutch because editors read them.
 */

/** The word an editor writes where a fact is not known. Kept visible (data page, open points). */
export const UNKNOWN = "onbekend";

/** Frictionless field types we support. `year` is a four-digit year, `date` is JJJJ-MM-DD. */
export const fieldTypes = ["string", "number", "integer", "year", "date", "boolean"] as const;
export type FieldType = (typeof fieldTypes)[number];

/** Column and dataset ids: lower case, digits, `_` or `-` (they end up in URLs and MDX). */
const namePattern = /^[a-z][a-z0-9_]*$/;
export const datasetIdPattern = /^[a-z][a-z0-9-]*$/;

/** A required, non-empty text. `what` reads like "een titel, bijvoorbeeld: title: Eenzaamheid". */
const text = (what: string) =>
  z
    .string({ error: `tekst: ${what}` })
    .trim()
    .min(1, `tekst, niet leeg: ${what}`);

export const fieldSchema = z.strictObject({
  /** The column's header in the CSV, exactly. */
  name: z
    .string({ error: "Vul de kolomnaam in (name: …), precies zoals in de eerste rij van de CSV." })
    .regex(namePattern, "Een kolomnaam bestaat uit kleine letters, cijfers en _ (bijvoorbeeld: aandeel_procent)."),
  /** How every cell in the column is read and checked. */
  type: z.enum(fieldTypes, {
    error: (issue) => `Onbekend kolomtype ${JSON.stringify(issue.input)}. Kies uit: ${fieldTypes.join(", ")}.`,
  }),
  /** Dutch label, shown as the column header in tables and on the data page. */
  title: text("de Nederlandse kolomkop, bijvoorbeeld: title: Aandeel (%)"),
  description: z.string().trim().min(1).optional(),
  /** Unit of this column when it differs from the dataset's `unit` (e.g. a `jaar` next to `%`). */
  unit: z.string().optional(),
  constraints: z
    .strictObject({
      /** An empty cell in this column is an error. Primary-key columns are always required. */
      required: z.boolean({ error: "required is true of false." }).optional(),
      /** The only values allowed in this column (for `string` columns), e.g. a status list. */
      enum: z.array(z.string()).min(1).optional(),
    })
    .optional(),
});

export const sourceSchema = z.strictObject({
  /** Who published the figures, e.g. "Trendbureau Drenthe"; `onbekend` when the visie does not say. */
  publisher: text("de uitgever, bijvoorbeeld: publisher: Trendbureau Drenthe (of: onbekend)"),
  /** Title of the report or analysis; `onbekend` when the visie does not say. */
  document: text("de titel van het brondocument (of: onbekend)"),
  /** Only a real, published address. Never guessed. */
  url: z.url({ error: "url moet een volledig webadres zijn (https://…), of laat de regel weg." }).optional(),
  /** Anything else an editor should know about the source (e.g. the footnote it comes from). */
  note: z.string().trim().min(1).optional(),
});

/** `onbekend`, a year (2024), a month (2025-05) or a day (2024-01-01). */
export const peildatumPattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const peildatumMessage =
  "Schrijf de peildatum als JJJJ (2024), JJJJ-MM (2025-05) of JJJJ-MM-DD (2024-01-01), of als: onbekend.";

export const peildatumSchema = z
  .union([z.string(), z.number()], { error: peildatumMessage })
  .transform((value) => String(value).trim())
  .refine((value) => value === UNKNOWN || peildatumPattern.test(value), peildatumMessage);

export const changeSchema = z.strictObject({
  version: z
    .number({ error: "Vul bij version een heel getal in (1, 2, 3 …)." })
    .int("De versie is een heel getal (1, 2, 3 …).")
    .positive("De versie is 1 of hoger."),
  date: z.iso.date("Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-06-01."),
  description: text("wat er in deze versie veranderde, bijvoorbeeld: description: Cijfers 2025 toegevoegd."),
});

export const tableSchema = z.strictObject({
  fields: z
    .array(fieldSchema, { error: "Zet onder schema.fields de kolommen van de CSV." })
    .min(1, "Beschrijf minstens één kolom onder schema.fields."),
  /** The column whose value names a row, e.g. `wijk` or `jaar`. Used by <Value row="…">. */
  primaryKey: z.string({ error: "Vul bij schema.primaryKey de kolom in die elke rij een naam geeft." }),
});

export const datasetMetaSchema = z
  .strictObject({
    title: text("een titel, bijvoorbeeld: title: Eenzaamheid"),
    description: text("een korte beschrijving van wat de cijfers meten"),
    source: sourceSchema,
    peildatum: peildatumSchema,
    /** Bump when numbers change; the download address is /data/<id>/v<version>.csv. */
    version: z
      .number({ error: "Vul bij version een heel getal in (1, 2, 3 …)." })
      .int("De versie is een heel getal (1, 2, 3 …).")
      .positive("De versie is 1 of hoger."),
    /** Licence of the data, e.g. "CC BY 4.0"; `onbekend` while nobody has established it. Only the
     * licences the open-data files can name (src/lib/open-data/licences.ts). */
    licence: text("de licentie, bijvoorbeeld: licence: CC BY 4.0 (of: onbekend)").refine(
      (value) => value === UNKNOWN || licenceNames.includes(value),
      `Kies een licentie voor open data, precies zo geschreven: ${licenceNames.slice(0, -1).join(", ")} of ${licenceNames.at(-1)}; of ${UNKNOWN} zolang die niet is uitgezocht.`,
    ),
    /** Unit of the value columns: "%", "personen", "woningen" … Empty ("") for a bare count. */
    unit: z.string({ error: 'Vul de eenheid in (unit: "%", personen, woningen …), of unit: "" voor geen eenheid.' }),
    schema: tableSchema,
    /** What changed in which version, newest last. Must contain the current version. */
    changes: z
      .array(changeSchema, { error: "Houd onder changes bij wat er per versie veranderde." })
      .min(1, "Beschrijf onder changes minstens de eerste versie."),
    /** Consistency checks (e.g. a stated growth percentage recomputed from its values).
     * Their shape is owned by the editors' checks module (src/lib/consistency/schema.ts). */
    checks: checksSchema.optional(),
  })
  .superRefine((meta, ctx) => {
    // Each issue carries its message in parts (params), so an editor reads what is wrong, what is
    // expected and what to do, each on its own line (src/lib/datasets/validate.ts).
    const names = meta.schema.fields.map((field) => field.name);
    const seen = new Set<string>();
    meta.schema.fields.forEach((field, index) => {
      if (seen.has(field.name)) {
        ctx.addIssue({
          code: "custom",
          path: ["schema", "fields", index, "name"],
          input: field.name,
          message: `De kolom "${field.name}" staat twee keer in schema.fields. Geef elke kolom een eigen naam.`,
          params: { problem: `de kolom "${field.name}" staat twee keer in schema.fields.`, expected: "elke kolom één keer", fix: "Geef elke kolom een eigen naam, of haal de dubbele weg." },
        });
      }
      seen.add(field.name);
    });
    if (!names.includes(meta.schema.primaryKey)) {
      ctx.addIssue({
        code: "custom",
        path: ["schema", "primaryKey"],
        input: meta.schema.primaryKey,
        message: `schema.primaryKey noemt de kolom "${meta.schema.primaryKey}", maar die staat niet in schema.fields. Kies uit: ${names.join(", ")}.`,
        params: {
          problem: `schema.primaryKey noemt de kolom "${meta.schema.primaryKey}", maar die staat niet in schema.fields.`,
          expected: `een van de kolommen ${names.map((name) => `"${name}"`).join(", ")}`,
          fix: "Noem bij primaryKey de kolom die elke rij een naam geeft.",
        },
      });
    }
    if (!meta.changes.some((change) => change.version === meta.version)) {
      ctx.addIssue({
        code: "custom",
        path: ["changes"],
        input: meta.version,
        message: `Er staat geen wijziging voor versie ${meta.version} onder changes. Voeg een regel toe met version: ${meta.version}, de datum en wat er veranderde.`,
        params: {
          problem: `bij version staat ${meta.version}, maar onder changes staat nog geen regel voor versie ${meta.version}.`,
          expected: `onder changes een regel met version: ${meta.version}, de datum en wat er veranderde`,
          fix: `Voeg onderaan bij changes een regel toe met version: ${meta.version}, date: (de datum, JJJJ-MM-DD) en description: (wat er veranderde); zie stap 1 van "Een dataset bijwerken" in docs/redactiegids.md.`,
        },
      });
    }
  });

export type DatasetField = z.infer<typeof fieldSchema>;
export type DatasetSource = z.infer<typeof sourceSchema>;
export type DatasetChange = z.infer<typeof changeSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
