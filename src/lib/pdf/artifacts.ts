/** Marks what Chromium draws outside the structure tree as artifacts. Chromium tags the page's
 * content, but paints the @page margin boxes (running heads, "pagina X van Y", the footer), the
 * page background and generated text (the printed link addresses) without marked content;
 * PDF/UA-1 wants every piece of content either tagged or an artifact (ISO 14289-1, 7.1). */
import { readContentStream } from "./content-stream.ts";

const pathStart = new Set(["m", "re"]);
const pathPaint = new Set(["S", "s", "f", "F", "f*", "B", "B*", "b", "b*"]);
const textShow = new Set(["Tj", "TJ", "'", '"']);
/** Graphics objects that paint on their own: an XObject, a shading, an inline image. */
const paintsAlone = new Set(["Do", "sh", "BI"]);

const openArtifact = "\n/Artifact BMC\n";
const closeArtifact = "\nEMC\n";

/**
 * Wraps every run of painting operators that is outside marked content in /Artifact BMC … EMC.
 * The markers go only between graphics objects (never inside a path) and never cross a text
 * object's BT/ET, so the sequences nest as ISO 32000-1, 14.6 requires.
 */
export function markUntaggedContent(content: Uint8Array): Uint8Array {
  const inserts: { at: number; text: string }[] = [];
  let depth = 0;
  let open = false;
  let pathFrom: number | undefined;
  const begin = (at: number) => {
    inserts.push({ at, text: openArtifact });
    open = true;
  };
  const end = (at: number) => {
    if (!open) return;
    inserts.push({ at, text: closeArtifact });
    open = false;
  };

  for (const { operator, start } of readContentStream(content)) {
    if (operator === "BDC" || operator === "BMC") {
      end(start);
      depth++;
      continue;
    }
    if (operator === "EMC") {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (operator === "BT" || operator === "ET") {
      end(start);
      continue;
    }
    if (depth > 0 || open) continue;
    if (pathStart.has(operator)) pathFrom ??= start;
    else if (operator === "n") pathFrom = undefined; // a clipping path only: nothing is painted
    else if (pathPaint.has(operator)) {
      begin(pathFrom ?? start);
      pathFrom = undefined;
    } else if (textShow.has(operator) || paintsAlone.has(operator)) begin(start);
  }
  end(content.length);
  return insertAll(content, inserts);
}

function insertAll(content: Uint8Array, inserts: readonly { at: number; text: string }[]): Uint8Array {
  if (inserts.length === 0) return content;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const { at, text } of inserts) {
    parts.push(content.subarray(from, at), encoder.encode(text));
    from = at;
  }
  parts.push(content.subarray(from));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
