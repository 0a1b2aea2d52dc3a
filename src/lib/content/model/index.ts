export type * from "./types";
export { locationIn } from "./types";
export { checkFrontmatter, parseChapter, toChapterModel, ChapterFrontmatterError, type ChapterInput, type ParsedChapter } from "./chapter";
export { ChapterSyntaxError } from "./parse";
export { assembleDocument, buildDocumentModel, chapterModelOf } from "./document";
export { chaptersDir, loadDocumentModel, readChapterInputs } from "./load";
export { numberedNodes, paragraphAnchor, paragraphNumber } from "./numbering";
export { flagAttribute, listAttribute, textAttribute } from "./attributes";
export * from "./walk";
