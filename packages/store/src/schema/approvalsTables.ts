/** Tables for approval requests, their events, receivables and payments (migration 0003_approvals_receivables). */
// biome-ignore lint/complexity/noBannedTypes: filled in by its migration
export type ApprovalsTables = {};
