// `npm run check`: every open point of the document, with file and line, then the count.
// Exits with 1 only when the document is `vastgesteld` and open points remain.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatReport } from "../src/lib/checks/open-points/index.ts";
import { openPointsOnDisk } from "../src/lib/checks/open-points/project.ts";
import { readDocumentInfo } from "../src/lib/content/document-info.ts";

const root = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL("..", import.meta.url));
let points;
try {
  points = openPointsOnDisk(root);
} catch (error) {
  // Bad data or a check written wrongly: the message is meant for the editor, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
console.log(formatReport(points));

const document = readDocumentInfo(root);
if (document.status === "vastgesteld" && points.length > 0) {
  console.error("\nDe status is 'vastgesteld', maar er zijn nog open punten. Los ze op of zet de status terug op 'concept'.");
  process.exitCode = 1;
}
