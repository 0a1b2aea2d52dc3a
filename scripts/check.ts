// `npm run check`: every open point of the document, with file and line, then the count; then the
// readability advice (B1), which never counts as an open point and never fails the check.
// Exits with 2 when an editor's file has a mistake (listed first), with 1 when the document is
// `vastgesteld` and open points remain.
import "./offline.mjs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatReport } from "../src/lib/checks/open-points/index.ts";
import { openPointsOnDisk } from "../src/lib/checks/open-points/project.ts";
import { readDocumentInfo } from "../src/lib/content/document-info.ts";
import { loadDocumentModel } from "../src/lib/content/model/load.ts";
import { formatReadabilityReport, readability, readabilityUnits } from "../src/lib/checks/readability/index.ts";
import { findMistakes } from "../src/lib/checks/mistakes/project.ts";
import { countMistakes, formatMistakes } from "../src/lib/checks/mistakes/report.ts";

const root = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL("..", import.meta.url));
// Mistakes first (a wrong name, an unclosed tag, bad data): the same list as the build stops on.
const mistakes = findMistakes(root);
if (mistakes.length > 0) {
  console.error(formatMistakes(mistakes, `Eerst ${countMistakes(mistakes.length)}; zolang die er zijn, wordt de site niet gebouwd en zijn de open punten niet te tellen.`));
  process.exit(2);
}
const points = openPointsOnDisk(root);
console.log(formatReport(points));

const model = loadDocumentModel(root);
const titleOf = (chapterId: string) => model.chapters.find((chapter) => chapter.id === chapterId)?.title ?? chapterId;
console.log(`\n${formatReadabilityReport(readability(readabilityUnits(model)), titleOf)}`);

const document = readDocumentInfo(root);
if (document.status === "vastgesteld" && points.length > 0) {
  console.error("\nDe status is 'vastgesteld', maar er zijn nog open punten. Los ze op of zet de status terug op 'concept'.");
  process.exitCode = 1;
}
