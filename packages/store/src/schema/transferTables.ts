/** Tables for CSV import runs (migration 0005_transfer). */
// biome-ignore lint/complexity/noBannedTypes: filled in by its migration
export type TransferTables = {};
