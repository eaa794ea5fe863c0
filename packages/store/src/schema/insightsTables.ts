/** Tables for assessments, goals and other insight data (migration 0004_insights). */
// biome-ignore lint/complexity/noBannedTypes: filled in by its migration
export type InsightsTables = {};
