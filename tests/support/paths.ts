import { fileURLToPath } from "node:url";
import path from "node:path";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
/** Where the site under test is built; WZV_OUT moves it (see astro.config.mjs). */
export const distDir = path.resolve(projectRoot, process.env.WZV_OUT ?? "dist");
