import type { CrmContext } from "../kernel/crmContext";

/** The insights use cases, bound to a context. */
export const insightsUseCases = (_ctx: CrmContext) => ({});
export type InsightsUseCases = ReturnType<typeof insightsUseCases>;
