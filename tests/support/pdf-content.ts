// What each page of a built PDF draws, and inside which marked content, read with pdfjs: its
// operator list (what is painted) and its text content (what a screen reader or a copy gets).
import { readFileSync } from "node:fs";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { pdfPath } from "./pdf.ts";

export interface PageContent {
  /** 1-based. */
  page: number;
  /** Painting operators outside any marked content. */
  untagged: string[];
  /** Marked content inside marked content of the other kind (an Artifact in a tag, a tag in an Artifact). */
  mixed: string[];
  /** The MCIDs of the page's tagged content. */
  mcids: number[];
  /** Text drawn as artifact, one entry per marked-content sequence, whitespace folded. */
  artifactTexts: string[];
  /** Text drawn as tagged content, folded. */
  taggedText: string;
}

const names = new Map<number, string>(Object.entries(OPS).map(([key, value]) => [value as number, key]));
const painting = new Set([
  "showText", "showSpacedText", "nextLineShowText", "nextLineSetSpacingShowText",
  "fill", "eoFill", "stroke", "fillStroke", "eoFillStroke", "closeStroke", "closeFillStroke", "closeEOFillStroke",
  "paintImageXObject", "paintInlineImageXObject", "paintImageMaskXObject", "paintSolidColorImageMask",
  "shadingFill", "paintFormXObjectBegin",
]);

const fold = (text: string) => text.replace(/\s+/g, " ").trim();

export async function readPageContents(file = pdfPath): Promise<PageContent[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const pages: PageContent[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content: PageContent = { page: number, untagged: [], mixed: [], mcids: [], artifactTexts: [], taggedText: "" };

      const { fnArray, argsArray } = await page.getOperatorList();
      const open: string[] = [];
      fnArray.forEach((fn, index) => {
        const op = names.get(fn) ?? String(fn);
        const args = argsArray[index] as unknown[];
        if (op === "beginMarkedContent" || op === "beginMarkedContentProps") {
          const tag = typeof args[0] === "string" ? args[0] : (args[0] as { name: string }).name;
          if (open.length > 0 && (tag === "Artifact") !== open.includes("Artifact")) content.mixed.push(`${tag} in ${open.join(" > ")}`);
          if (typeof args[1] === "number") content.mcids.push(args[1]);
          open.push(tag);
        } else if (op === "endMarkedContent") {
          open.pop();
        } else if (open.length === 0) {
          // pdfjs folds a path and how it is painted into one constructPath; "n" (endPath) only clips.
          const paintedPath = op === "constructPath" && names.get(args[0] as number) !== "endPath";
          if (painting.has(op) || paintedPath) content.untagged.push(paintedPath ? `constructPath(${names.get(args[0] as number)})` : op);
        }
      });

      const { items } = await page.getTextContent({ includeMarkedContent: true });
      const stack: string[] = [];
      let artifact = "";
      const tagged: string[] = [];
      for (const item of items) {
        if ("type" in item) {
          if (item.type === "endMarkedContent") {
            if (stack.pop() === "Artifact" && !stack.includes("Artifact")) {
              if (fold(artifact)) content.artifactTexts.push(fold(artifact));
              artifact = "";
            }
          } else stack.push((item as { tag?: string }).tag ?? "");
          continue;
        }
        if (stack.includes("Artifact")) artifact += item.str;
        else if (stack.length > 0) tagged.push(item.str);
      }
      content.taggedText = fold(tagged.join(" "));
      pages.push(content);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
