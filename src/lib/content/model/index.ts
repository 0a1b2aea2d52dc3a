export type * from "./types.ts";
export { locationIn } from "./types.ts";
export { checkFrontmatter, parseChapter, toChapterModel, ChapterFrontmatterError, type ChapterInput, type ParsedChapter } from "./chapter.ts";
export { ChapterSyntaxError } from "./parse.ts";
export { assembleDocument, buildDocumentModel, chapterModelOf } from "./document.ts";
export { chaptersDir, loadDocumentModel, readChapterInputs } from "./load.ts";
export { numberedNodes, paragraphAnchor, paragraphNumber } from "./numbering.ts";
export { flagAttribute, listAttribute, textAttribute } from "./attributes.ts";
export * from "./walk.ts";
