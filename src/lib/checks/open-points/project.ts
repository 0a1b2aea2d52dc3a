import { existsSync } from "node:fs";
import path from "node:path";
import { diskDataFiles, loadDatasets } from "../../datasets/load";
import type { Dataset } from "../../datasets/types";
import { collectOpenPoints } from "./collect";
import { nodeProjectFiles } from "./node-files";
import type { OpenPoint } from "./types";

/** The datasets on disk, read with the data loader (a bad dataset throws its own message). */
export function datasetsOnDisk(root: string): Dataset[] {
  return existsSync(path.join(root, "data")) ? loadDatasets(diskDataFiles(root)) : [];
}

/** Every open point of the project at `root`: what `npm run check` and the build report. */
export function openPointsOnDisk(root: string): OpenPoint[] {
  return collectOpenPoints(nodeProjectFiles(root), datasetsOnDisk(root));
}
