export * from "./types";
export { findChapterOpenPoints, findOpenPointTags } from "./chapter";
export { collectOpenPoints, collectChapterOpenPoints } from "./collect";
export { formatReport, formatPoint, countText, kindLabels, locationOf } from "./report";
