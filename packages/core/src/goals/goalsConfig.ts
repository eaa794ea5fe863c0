import { z } from "zod";

/** Settings of team goals (DOMAIN.md §9: 2–3 goals per team per quarter). */
export const GoalsConfig = z
  .object({
    /** More goals than this for one team in one quarter earns a gentle warning, not a refusal. */
    maxGoalsPerTeam: z.number().int().min(1, "must be at least 1").default(3),
    /** Fewer goals than this for a team in a quarter earns a note: is something missing? */
    minGoalsPerTeam: z.number().int().min(1, "must be at least 1").default(2),
    /**
     * How far short of the target the projection may fall, as a percentage of the target, and
     * still be `at_risk` rather than `behind`: with 10, a projection of 92 against a target of
     * 100 is at risk and 85 is behind (for lower-is-better goals, 108 against 100 is at risk).
     */
    atRiskWithinPercent: z
      .number()
      .min(0, "must be between 0 and 100")
      .max(100, "must be between 0 and 100")
      .default(10),
  })
  .refine((g) => g.minGoalsPerTeam <= g.maxGoalsPerTeam, {
    message: "minGoalsPerTeam must not be more than maxGoalsPerTeam",
    path: ["minGoalsPerTeam"],
  });
export type GoalsConfig = z.infer<typeof GoalsConfig>;
