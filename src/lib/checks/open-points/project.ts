import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { documentInfoFile } from "../../content/document-info.ts";
import { loadDocumentModel } from "../../content/model/load.ts";
import { loadDatasetsOnce } from "../../datasets/load.ts";
import { collectOpenPoints } from "./collect.ts";
import { nodeProjectFiles } from "./node-files.ts";
import { pageOpenPoints, pagesDir } from "./pages.ts";
import type { OpenPoint } from "./types.ts";

/** The site's own pages (every .astro file under src/pages/) with their text, in file order. */
function pagesOnDisk(root: string): { file: string; text: string }[] {
  const folder = path.join(root, pagesDir);
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".astro"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }));
}

interface Report {
  key: string;
  points: OpenPoint[];
}

/** The build reports the open points before rendering and /redactie/ shows them while rendering,
 * each from its own copy of this module: the last report is shared while nothing it reads changed
 * (the model and the datasets are the shared, once-per-change objects; pages and metadata by text). */
const reports: WeakMap<object, Report> = ((globalThis as Record<symbol, unknown>)[Symbol.for("wzv.open-points")] ??= new WeakMap()) as WeakMap<
  object,
  Report
>;

/** Every open point of the project at `root`: what `npm run check`, the build and /redactie/ report.
 * Chapters and datasets come from their shared, once-per-change loads. */
export function openPointsOnDisk(root: string): OpenPoint[] {
  const model = loadDocumentModel(root);
  const datasets = loadDatasetsOnce(root);
  const files = nodeProjectFiles(root);
  const pages = pagesOnDisk(root);
  const hash = createHash("sha256");
  for (const page of pages) hash.update(page.file).update("\0").update(page.text).update("\0");
  for (const dataset of datasets) hash.update(files.read(dataset.file.meta)).update("\0");
  hash.update(files.read(documentInfoFile));
  const key = hash.digest("hex");
  const cached = reports.get(model);
  if (cached?.key === key && reports.get(datasets) === cached) return cached.points;
  const points = collectOpenPoints(files, datasets, {
    model,
    pages: pages.flatMap((page) => pageOpenPoints(page.file, page.text)),
  });
  const report = { key, points };
  reports.set(model, report);
  reports.set(datasets, report);
  return points;
}
