// The studio's save, before Keystatic's API writes it: Keystatic serializes a dataset description
// anew from the form's values (comments lost, `>-` blocks joined, quotes changed), so each YAML file
// it sends is put into the file as it is on disk, changing only the values the editor changed
// (src/studio/yaml-update.ts). A file whose values did not change is not written at all.
// Added to `npm run studio` only, by astro.studio.config.mjs.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { defineMiddleware } from "astro:middleware";
import { makeGenericAPIRouteHandler } from "@keystatic/core/api/generic";
import config from "../../keystatic.config.ts";
import { keepLayout } from "./yaml-update.ts";

// Keystatic's own API (what its route /api/keystatic/[...params] runs), given the kept files.
const keystaticApi = makeGenericAPIRouteHandler({ config });

interface Update {
  additions: { path: string; contents: string }[];
  deletions: { path: string }[];
}

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.request.method !== "POST" || context.url.pathname !== "/api/keystatic/update") return next();
  const update = (await context.request.clone().json()) as Update;
  const additions = [];
  for (const addition of update.additions) {
    const kept = await keptAsOnDisk(addition.path, Buffer.from(addition.contents, "base64").toString("utf8"));
    if (kept === "unchanged") continue;
    additions.push(kept === undefined ? addition : { ...addition, contents: Buffer.from(kept).toString("base64") });
  }
  const { body, headers, status } = await keystaticApi(new Request(context.request, { body: JSON.stringify({ ...update, additions }) }));
  return new Response(body as BodyInit | null, { ...(status === undefined ? {} : { status }), ...(headers === undefined ? {} : { headers }) });
});

/** The YAML file's new text as the editor left it; "unchanged" when it equals the file on disk;
 * undefined for other files, new files, and (with a warning) a file whose layout cannot be kept. */
async function keptAsOnDisk(file: string, written: string): Promise<string | "unchanged" | undefined> {
  if (!/\.ya?ml$/.test(file)) return undefined;
  // Keystatic's local API writes relative to the folder the studio runs in, and so does this.
  const previous = await readFile(path.join(process.cwd(), file), "utf8").catch(() => undefined);
  if (previous === undefined) return undefined;
  try {
    const kept = keepLayout(previous, written);
    return kept === previous ? "unchanged" : kept;
  } catch (error) {
    console.warn(`${file}: de opmaak van het bestand kon niet behouden blijven; de studio schrijft het opnieuw op (${(error as Error).message}).`);
    return undefined;
  }
}
