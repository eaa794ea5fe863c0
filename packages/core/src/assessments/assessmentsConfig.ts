import { z } from "zod";

/** Settings of assessments (DOMAIN.md §7): how each judgement's current value is resolved. */
export const AssessmentsConfig = z.object({
  /** The resolution rule per assessment kind (e.g. customer_grade, intent); see the area. */
  rules: z.record(z.string().min(1), z.unknown()).default({}),
});
export type AssessmentsConfig = z.infer<typeof AssessmentsConfig>;
