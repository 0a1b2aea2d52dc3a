// @ts-check
// The editors' studio (`npm run studio`): the site as in `npm run dev`, plus the Keystatic editor at
// /keystatic. Only this file loads React and Keystatic; `npm run build` uses astro.config.mjs alone.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@astrojs/react";
import keystatic from "@keystatic/astro";
import site from "./astro.config.mjs";
import { studio as studioSteps } from "./src/integrations/studio.ts";

/** @type {import("astro").AstroUserConfig} */
const studio = {
  ...site,
  // Keystatic's routes and API calls have no trailing slash; with "always" they answer 404.
  trailingSlash: "ignore",
  // The editor needs inline styles and scripts; the public site's CSP is for the build.
  security: {},
  integrations: [...(site.integrations ?? []), react(), keystatic(), studioSteps()],
  vite: {
    // The editor's code is served from node_modules, which may be a link to a shared install (the
    // studio test runs a copy of the project that way); allow where it really is.
    server: { fs: { allow: [fileURLToPath(new URL(".", import.meta.url)), realpathSync(fileURLToPath(new URL("./node_modules", import.meta.url)))] } },
    // Read by the chapter pages to show "Bewerk deze pagina"; absent (undefined) in the public build.
    define: { "import.meta.env.WZV_STUDIO": "true" },
  },
};

export default studio;
