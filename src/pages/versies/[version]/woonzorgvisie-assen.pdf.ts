// An edition's PDF as it was printed when the edition was released, byte for byte.
import { readFileSync } from "node:fs";
import type { APIRoute } from "astro";
import { editionPaths } from "../../../lib/editions/astro.ts";
import { editionPdfFile } from "../../../lib/editions/layout.ts";

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(editionPdfFile(String(params["version"]))), { headers: { "Content-Type": "application/pdf" } });
