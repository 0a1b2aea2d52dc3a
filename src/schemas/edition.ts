import { z } from "zod";
import { documentSchema } from "./document.ts";

/** A SHA-256 digest as 64 lower-case hex digits. */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "Verwacht een SHA-256-controlegetal (64 tekens 0-9 en a-f).");

/**
 * editions/<version>/manifest.json: what was released, and a fingerprint of every file, so the
 * build can prove that a released edition never changed (see src/lib/editions/verify.ts).
 */
export const editionManifestSchema = z.strictObject({
  /** Said in Dutch to whoever opens the file: do not edit this folder. */
  toelichting: z.string(),
  /** The edition's version, equal to its folder name and to its document.json. */
  version: documentSchema.shape.version,
  status: documentSchema.shape.status,
  /** The document's date as released (YYYY-MM-DD). */
  date: documentSchema.shape.date,
  title: documentSchema.shape.title,
  /** Every file of the edition but this manifest, by path relative to the edition's folder
   * ("chapters/huis.mdx"), with the SHA-256 of its bytes. */
  files: z.record(z.string(), sha256),
});

export type EditionManifest = z.infer<typeof editionManifestSchema>;
