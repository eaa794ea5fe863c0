import { z } from "zod";
import { FitGrade } from "../scoring/scoringConfig";

export const QualificationConfig = z.object({
  mql: z
    .object({
      minFitGrade: FitGrade.default("B"),
      minEngagement: z.number().min(0).default(40),
      /** Engagement kinds that make a lead an MQL on their own. */
      highIntentKinds: z.array(z.string().min(1)).default(["demo_request", "pricing_contact"]),
    })
    .prefault({}),
  sql: z
    .object({
      /** What sales must record to accept a lead (BANT by default). */
      criteria: z
        .array(z.string().min(1))
        .min(1)
        .default(["budget", "authority", "need", "timeline"]),
      /** How many of the criteria must be met. */
      minimum: z.number().int().min(1).default(3),
    })
    .prefault({})
    .refine((s) => s.minimum <= s.criteria.length, {
      message: "the minimum cannot be more than the number of criteria",
    }),
  recycleReasons: z
    .array(z.string().min(1))
    .min(1)
    .default(["bad_timing", "no_budget_yet", "no_response", "not_decision_maker", "nurture"]),
  disqualifyReasons: z
    .array(z.string().min(1))
    .min(1)
    .default(["not_a_fit", "no_need", "competitor", "duplicate", "spam", "student"]),
});
export type QualificationConfig = z.infer<typeof QualificationConfig>;
