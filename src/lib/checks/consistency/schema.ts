import { z } from "zod";

/** A cell of a dataset: a row (by its primary key) and optionally a column and another dataset.
 * A bare value (`"2024"`, `2024`) names a row of the dataset the check belongs to. */
const cellObjectSchema = z.strictObject({
  /** Another dataset's id; leave out for the dataset this check belongs to. */
  dataset: z.string().trim().min(1).optional(),
  row: z.union([z.string().trim().min(1), z.number()], { error: "Noem de rij (row: …) met de waarde uit de sleutelkolom." }),
  /** Leave out when the dataset has one number column. */
  column: z.string().trim().min(1).optional(),
});
const cellMessage = 'een cel, zoals  { row: "2024", column: aantal }, of alleen de rijnaam ("2024"); bij stated en total mag ook een getal';

export const cellRefSchema = z.union([z.string().trim().min(1), z.number(), cellObjectSchema], { error: cellMessage });

/** A number is the value itself (41.3); a row name or `{ row, column }` points at a cell. */
export const valueOrCellSchema = z.union([z.number(), z.string().trim().min(1), cellObjectSchema], { error: cellMessage });

const tolerance = z
  .number({ error: "tolerance is een getal: hoeveel het verschil mag zijn (in procentpunten of eenheden)." })
  .nonnegative("tolerance mag niet negatief zijn.");

/** A stated growth percentage, recomputed as (to − from) / from × 100. */
export const growthCheckSchema = z.strictObject({
  type: z.literal("growth"),
  /** What is checked, in words (shown in the report). */
  description: z.string().trim().min(1).optional(),
  from: cellRefSchema,
  to: cellRefSchema,
  /** The growth percentage the text states: a cell, or a number. */
  stated: valueOrCellSchema,
  /** Allowed difference in percentage points; default 0,5. */
  tolerance: tolerance.default(0.5),
});

/** Shares or counts that should add up to a total (64 + 29 + 7 = 100). */
export const sumCheckSchema = z.strictObject({
  type: z.literal("sum"),
  description: z.string().trim().min(1).optional(),
  /** Row names (primary key values) of this dataset, or cells. */
  rows: z.array(cellRefSchema, { error: "Zet onder rows de rijen die samen het totaal vormen." }).min(2, "Een som heeft minstens twee rijen."),
  /** The column to add up; leave out when the dataset has one number column. */
  column: z.string().trim().min(1).optional(),
  /** The expected total: a number (100) or a cell. */
  total: valueOrCellSchema,
  /** Allowed difference; default 0. */
  tolerance: tolerance.default(0),
});

export const checkSchema = z.discriminatedUnion("type", [growthCheckSchema, sumCheckSchema], {
  error: (issue) =>
    issue.code === "invalid_union"
      ? "type: growth (een genoemd groeipercentage narekenen) of type: sum (delen die samen een totaal vormen)"
      : undefined,
});

export const checksSchema = z.array(checkSchema, { error: "checks is een lijst van controles (regels die met - beginnen)." });

export type CellRef = z.infer<typeof cellRefSchema>;
export type GrowthCheck = z.infer<typeof growthCheckSchema>;
export type SumCheck = z.infer<typeof sumCheckSchema>;
export type ConsistencyCheck = z.infer<typeof checkSchema>;
