import type { CrmContext } from "../kernel/crmContext";

/** The activities use cases, bound to a context. */
export const activitiesUseCases = (_ctx: CrmContext) => ({});
export type ActivitiesUseCases = ReturnType<typeof activitiesUseCases>;
