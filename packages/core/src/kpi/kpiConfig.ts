import { z } from "zod";
import { ACTIVITY_KINDS, ActivityKind } from "../entities/activity";
import { Role } from "../entities/role";

export const SPEED_TO_LEAD_STARTS = ["created", "mql"] as const;
/** When the speed-to-lead clock starts: when the lead was created, or when it became an MQL. */
export const SpeedToLeadStart = z.enum(SPEED_TO_LEAD_STARTS);
export type SpeedToLeadStart = z.infer<typeof SpeedToLeadStart>;

/** Activity kinds that reach the customer; notes and tasks are work, not touches. */
export const DEFAULT_TOUCH_KINDS: readonly ActivityKind[] = ACTIVITY_KINDS.filter(
  (kind) => kind !== "note" && kind !== "task",
);

/** Settings of the KPI definitions (DOMAIN.md §9); refine with defaults as KPIs need them. */
export const KpiConfig = z.object({
  /** Roles whose members count as reps for "activities per rep" and per-rep breakdowns. */
  repRoles: z.array(Role).min(1, "name at least one role").default(["rep"]),
  /** Upper bounds, in minutes, of the speed-to-lead bands: 0–5, 5–15, 15–60, 60+. */
  speedToLeadBandsMinutes: z
    .array(z.number().positive("must be more than 0 minutes"))
    .min(1)
    .default([5, 15, 60])
    .refine((bounds) => bounds.every((b, i) => i === 0 || b > (bounds[i - 1] ?? 0)), {
      message: "band bounds must go up, e.g. [5, 15, 60]",
    }),
  /** Where the speed-to-lead clock starts (DOMAIN.md §9: "lead (or MQL) created"). */
  speedToLeadFrom: SpeedToLeadStart.default("created"),
  /** Activity kinds that count as touches for "touches to close". */
  touchKinds: z
    .array(ActivityKind)
    .min(1, "name at least one activity kind")
    .default([...DEFAULT_TOUCH_KINDS]),
  /** Gross margin used by customer lifetime value (CLV = ARPA × margin ÷ revenue churn). */
  grossMarginPercent: z
    .number()
    .min(0, "must be between 0 and 100")
    .max(100, "must be between 0 and 100")
    .default(80),
});
export type KpiConfig = z.infer<typeof KpiConfig>;
