import type { CrmContext } from "../kernel/crmContext";

/** The transfer use cases, bound to a context. */
export const transferUseCases = (_ctx: CrmContext) => ({});
export type TransferUseCases = ReturnType<typeof transferUseCases>;
