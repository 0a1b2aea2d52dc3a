// @ts-check
// The editors' studio (`npm run studio`): the site as in `npm run dev`, plus the Keystatic editor at
// /keystatic. Only this file loads React and Keystatic; `npm run build` uses astro.config.mjs alone.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@astrojs/react";
import keystatic from "@keystatic/astro";
import site from "./astro.config.mjs";
import { studio as studioSteps } from "./src/integrations/studio.ts";
import { studioInDutch } from "./src/studio/vite-dutch.ts";


/** @type {import("astro").AstroUserConfig} */
const studio = {
  ...site,
  // Keystatic's routes and API calls have no trailing slash; with "always" they answer 404.
  trailingSlash: "ignore",
  // The editor needs inline styles and scripts; the public site's CSP is for the build.
  security: {},
  integrations: [...(site.integrations ?? []), react(), keystatic(), studioSteps()],
  vite: {
    // Keystatic's screens in our Dutch (src/studio/dutch.ts).
    plugins: [studioInDutch()],
    // Vite's pre-bundled editor code in a folder of its own, per project folder: beside npm run dev's
    // (node_modules/.vite), which would otherwise throw it away each time the other one starts,
    // and apart for each copy of the project that shares node_modules (the tests' copies).
    cacheDir: ".astro/vite-studio",
    server: {
      // Prepared while Astro starts, not when the editor's browser first asks: the studio's own
      // code (its config, forms and notice) and what it imports.
      warmup: { clientFiles: ["./keystatic.config.ts", "./src/studio/mistakes-panel.ts"] },
      // The editor's code is served from node_modules, which may be a link to a shared install (the
      // studio test runs a copy of the project that way); allow where it really is.
      fs: { allow: [fileURLToPath(new URL(".", import.meta.url)), realpathSync(fileURLToPath(new URL("./node_modules", import.meta.url)))] },
    },
    // Read by the chapter pages to show "Bewerk deze pagina"; absent (undefined) in the public build.
    define: { "import.meta.env.WZV_STUDIO": "true" },
  },
};

export default studio;
