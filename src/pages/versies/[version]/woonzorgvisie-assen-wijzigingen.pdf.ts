// The renvooi PDF an edition kept at its release (the one the raad received with it), byte for byte.
import { existsSync, readFileSync } from "node:fs";
import type { APIRoute } from "astro";
import { editionPaths } from "../../../lib/editions/astro.ts";
import { editionChangesPdfFile } from "../../../lib/editions/layout.ts";

export const getStaticPaths = () => editionPaths().filter(({ params }) => existsSync(editionChangesPdfFile(params.version)));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(editionChangesPdfFile(String(params["version"]))), { headers: { "Content-Type": "application/pdf" } });
