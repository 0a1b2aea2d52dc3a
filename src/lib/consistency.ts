// Consistency checks on the data: stated derived figures recomputed, sums that must add up.
export * from "./consistency/schema";
export * from "./consistency/run";
