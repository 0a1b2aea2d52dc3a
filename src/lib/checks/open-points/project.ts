import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadDocumentModel } from "../../content/model/load";
import { loadDatasetsOnce } from "../../datasets/load";
import { collectOpenPoints } from "./collect";
import { nodeProjectFiles } from "./node-files";
import { pageOpenPoints, pagesDir } from "./pages";
import type { OpenPoint } from "./types";

/** Open points on the site's own pages, in file order. */
function pagesOnDisk(root: string): OpenPoint[] {
  const folder = path.join(root, pagesDir);
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".astro"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort()
    .flatMap((file) => pageOpenPoints(file, readFileSync(path.join(root, file), "utf8")));
}

/** Every open point of the project at `root`: what `npm run check`, the build and /redactie/ report.
 * Chapters and datasets come from their shared, once-per-change loads. */
export function openPointsOnDisk(root: string): OpenPoint[] {
  return collectOpenPoints(nodeProjectFiles(root), loadDatasetsOnce(root), {
    model: loadDocumentModel(root),
    pages: pagesOnDisk(root),
  });
}
