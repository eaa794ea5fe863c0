import type { CrmContext } from "../kernel/crmContext";

/** The records use cases, bound to a context. */
export const recordsUseCases = (_ctx: CrmContext) => ({});
export type RecordsUseCases = ReturnType<typeof recordsUseCases>;
