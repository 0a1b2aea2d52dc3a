import type { DocumentInfo } from "../../../schemas/document.ts";
import { formatReport } from "./report.ts";
import type { OpenPoint } from "./types.ts";

export type Verdict =
  | { action: "publish" }
  | { action: "warn"; message: string }
  | { action: "refuse"; message: string };

/** The publication rule: a concept may be built with open points (they are reported);
 * a `vastgesteld` document may not, because the raad would adopt text that is unfinished. */
export function publicationVerdict(status: DocumentInfo["status"], points: readonly OpenPoint[]): Verdict {
  if (points.length === 0) return { action: "publish" };
  const report = formatReport(points);
  if (status === "vastgesteld") {
    return {
      action: "refuse",
      message:
        "De woonzorgvisie heeft in src/content/document.json de status 'vastgesteld', maar er zijn nog open punten.\n" +
        "Een vastgestelde versie mag geen open punten bevatten. Los deze punten op, of zet de status terug op 'concept':\n\n" +
        report,
    };
  }
  return { action: "warn", message: `Open punten in dit concept (zie ook /redactie/ en npm run check):\n\n${report}` };
}
