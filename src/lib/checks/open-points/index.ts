export * from "./types";
export { findChapterOpenPoints, findOpenPointTags } from "./chapter";
export { collectOpenPoints, type OpenPointOptions } from "./collect";
export { groupPoints, type OpenPointGroup } from "./group";
export { publicationVerdict, type Verdict } from "./status";
export { formatReport, formatPoint, countText, kindLabels, locationOf } from "./report";
