/** Tables for durable jobs (migration 0002_jobs). */
// biome-ignore lint/complexity/noBannedTypes: filled in by its migration
export type JobsTables = {};
