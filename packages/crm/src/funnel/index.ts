import type { CrmContext } from "../kernel/crmContext";

/** The funnel use cases, bound to a context. */
export const funnelUseCases = (_ctx: CrmContext) => ({});
export type FunnelUseCases = ReturnType<typeof funnelUseCases>;
