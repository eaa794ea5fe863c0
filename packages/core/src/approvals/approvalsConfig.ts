import { z } from "zod";

/** The approval policy (DOMAIN.md §5); the approvals area defines the matrix and its defaults. */
export const ApprovalsConfig = z.object({
  /** Hours a step may wait before it escalates to the approver's manager. */
  escalateAfterHours: z.number().positive("must be more than 0 hours").default(24),
});
export type ApprovalsConfig = z.infer<typeof ApprovalsConfig>;
