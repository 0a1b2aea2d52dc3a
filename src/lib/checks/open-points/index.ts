export * from "./types.ts";
export { findChapterOpenPoints, findOpenPointTags } from "./chapter.ts";
export { collectOpenPoints, type OpenPointOptions } from "./collect.ts";
export { groupPoints, type OpenPointGroup } from "./group.ts";
export { publicationVerdict, type Verdict } from "./status.ts";
export { formatReport, formatPoint, countText, kindLabels, locationOf } from "./report.ts";
