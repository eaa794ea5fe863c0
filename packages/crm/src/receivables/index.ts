import type { CrmContext } from "../kernel/crmContext";

/** The receivables use cases, bound to a context. */
export const receivablesUseCases = (_ctx: CrmContext) => ({});
export type ReceivablesUseCases = ReturnType<typeof receivablesUseCases>;
