// `npm run dev`, `studio`, `preview` and `astro …`: Astro's own command line, after
// scripts/offline.mjs has switched off everything Astro would send out. Arguments pass through
// unchanged (`npm run studio -- --port 4322`).
import "./offline.mjs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
await import(pathToFileURL(astroBin).href);
