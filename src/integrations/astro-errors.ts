import path from "node:path";
import type { EditorError } from "../lib/errors.ts";

/** An editor error as Astro shows it best: `loc` at the editor's file (absolute, as Astro's error
 * screen and its "Open in editor" button need), and no stack trace, which would only point into
 * the check's own code and which Astro would print under the message. */
export function forAstro<T extends EditorError>(error: T, root: string): T {
  const location = error.location;
  const line = location?.line ?? location?.row;
  if (location && line !== undefined) {
    Object.assign(error, { loc: { file: path.join(root, location.file), line, column: location.column ?? 1 } });
  }
  error.stack = "";
  return error;
}

/**
 * Ends a build that must not go on, before Astro has read or written anything, with our message as
 * the only output. A build step that throws would have Astro print its own English lines around
 * the message ("An unhandled error occurred while running the hook", a location, a stack).
 */
export function stopBuild(report: string): never {
  process.stderr.write(`\n${report}\n`);
  process.exit(1);
}
