import { z } from "zod";
import { Role } from "../entities/role";

/** Settings of the KPI definitions (DOMAIN.md §9); refine with defaults as KPIs need them. */
export const KpiConfig = z.object({
  /** Roles whose members count as reps for "activities per rep" and per-rep breakdowns. */
  repRoles: z.array(Role).min(1, "name at least one role").default(["rep"]),
  /** Upper bounds, in minutes, of the speed-to-lead bands: 0–5, 5–15, 15–60, 60+. */
  speedToLeadBandsMinutes: z
    .array(z.number().positive("must be more than 0 minutes"))
    .min(1)
    .default([5, 15, 60]),
  /** Gross margin used by customer lifetime value (CLV = ARPA × margin ÷ revenue churn). */
  grossMarginPercent: z
    .number()
    .min(0, "must be between 0 and 100")
    .max(100, "must be between 0 and 100")
    .default(80),
});
export type KpiConfig = z.infer<typeof KpiConfig>;
