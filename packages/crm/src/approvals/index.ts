import type { CrmContext } from "../kernel/crmContext";

/** The approvals use cases, bound to a context. */
export const approvalsUseCases = (_ctx: CrmContext) => ({});
export type ApprovalsUseCases = ReturnType<typeof approvalsUseCases>;
