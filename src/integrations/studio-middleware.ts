// `npm run studio` only (added by ./studio.ts): a save that would break the build is refused before
// Keystatic writes it, and the studio's page gets the notice of mistakes (src/studio/mistakes-panel.ts).
import { defineMiddleware } from "astro:middleware";
import { mistakesOfSave, readProposedSave, refusedSaveMessage } from "./save-check.ts";

const saveAddress = "/api/keystatic/update";
const panel = '<script type="module" src="/src/studio/mistakes-panel.ts"></script>';

export const onRequest = defineMiddleware(async (context, next) => {
  const { pathname } = context.url;
  if (pathname === saveAddress && context.request.method === "POST") {
    const save = readProposedSave(await context.request.clone().json().catch(() => undefined));
    const problems = save ? mistakesOfSave(process.cwd(), save) : [];
    if (problems.length > 0) {
      return new Response(refusedSaveMessage(problems), { status: 422, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    return next();
  }
  if (pathname !== "/keystatic" && !pathname.startsWith("/keystatic/")) return next();
  const response = await next();
  if (!response.headers.get("content-type")?.includes("text/html")) return response;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  // Keystatic's page is a bare island without <head> or <body>: the script goes at its end.
  const html = `${await response.text()}${panel}`;
  return new Response(html, { status: response.status, headers });
});
