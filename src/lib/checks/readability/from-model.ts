// The adapter from the document model: every paragraph and list item of every chapter, as text.
// Headings, figure captions and footnotes are left out; so are quotations, which editors do not word.
import { allBlocks, plainText, type DocumentModel } from "../../content/model/index.ts";
import type { ReadabilityUnit } from "./types.ts";

/** How a number from data/ or a figure reference counts: as one word. */
const rendering = { value: () => "[getal]", ref: () => "figuur [nummer]", footnote: () => "" };

export function readabilityUnits(model: DocumentModel): ReadabilityUnit[] {
  return model.chapters.flatMap((chapter) =>
    [...allBlocks(chapter.blocks)].flatMap(({ block, ancestors }) => {
      if (block.kind !== "paragraph" && block.kind !== "list-item") return [];
      if (ancestors.some((ancestor) => ancestor.kind === "quote")) return [];
      return [
        { chapterId: chapter.id, file: chapter.file, line: block.span.start.line, number: block.number, text: plainText(block.inlines, rendering) },
      ];
    }),
  );
}
