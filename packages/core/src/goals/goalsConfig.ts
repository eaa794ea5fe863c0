import { z } from "zod";

/** Settings of team goals (DOMAIN.md §9: 2–3 goals per team per quarter). */
export const GoalsConfig = z.object({
  /** More goals than this for one team in one quarter earns a gentle warning, not a refusal. */
  maxGoalsPerTeam: z.number().int().min(1, "must be at least 1").default(3),
});
export type GoalsConfig = z.infer<typeof GoalsConfig>;
