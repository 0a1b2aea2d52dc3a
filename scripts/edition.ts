// `npm run edition`: releases the document as it is now as edition <version> (from
// src/content/document.json) into editions/<version>/. Builds the site first, PDF included.
// Exits with 1, saying why in Dutch, when it refuses; nothing is written then.
import "./offline.mjs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openPointsOnDisk } from "../src/lib/checks/open-points/project.ts";
import { editionLabel, releaseEdition } from "../src/lib/editions/release.ts";
import { readDocumentInfo } from "../src/lib/content/document-info.ts";
import { EditorError } from "../src/lib/errors.ts";

const root = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL("..", import.meta.url));

/** `npm run build` of the project: its Dutch messages, and dist/ replaced only when it succeeded. */
async function build() {
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs"), root], { cwd: root, stdio: "inherit" });
  return { ok: result.status === 0, distDir: path.resolve(root, process.env.WZV_OUT ?? "dist") };
}

try {
  const released = await releaseEdition(root, { build, openPoints: () => openPointsOnDisk(root).length, log: (line) => console.log(line) });
  const label = editionLabel(readDocumentInfo(root));
  console.log(
    `\n${label.charAt(0).toUpperCase()}${label.slice(1)} is uitgebracht in ${released.dir}/ (${released.fileCount} bestanden, met ${released.dir}/manifest.json).\n` +
      `Zet de map in git (git add ${released.dir}) en bouw de site opnieuw (npm run build): dan staat deze versie op /versies/${released.version}/.`,
  );
} catch (error) {
  if (error instanceof EditorError) {
    console.error(`\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
