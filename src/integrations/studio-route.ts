// GET /api/wzv/studio (`npm run studio` only, injected by ./studio.ts): what the studio's forms and
// notice need to know about the files as they are now (./studio-facts.ts).
import type { APIRoute } from "astro";
import { studioFacts } from "./studio-facts.ts";

export const prerender = false;

export const GET: APIRoute = () => Response.json(studioFacts(process.cwd()));
