import { TZDate, tzOffset } from "@date-fns/tz";
import { z } from "zod";
import { Id, TimeZone } from "../entities/common";

export const GOAL_QUARTERS = ["Q1", "Q2", "Q3", "Q4"] as const;
/** A calendar quarter: Q1 is January to March. */
export const GoalQuarter = z.enum(GOAL_QUARTERS, {
  error: `must be a quarter, one of ${GOAL_QUARTERS.join(", ")}`,
});
export type GoalQuarter = z.infer<typeof GoalQuarter>;

export const GOAL_MEASURES = ["cumulative", "rate"] as const;
/**
 * How a KPI behaves over a quarter: a `cumulative` total grows day by day (bookings, deals
 * won, customers churned) and is projected to the quarter's end; a `rate` (win rate, CAC,
 * NRR, CSAT) does not add up over days, so its current value is its projection.
 */
export const GoalMeasure = z.enum(GOAL_MEASURES, {
  error: `must be a measure, one of ${GOAL_MEASURES.join(", ")}`,
});
export type GoalMeasure = z.infer<typeof GoalMeasure>;

/** KPI values are bounded so that projections stay finite. */
export const GoalNumber = z
  .number({ error: "must be a number" })
  .min(-1e15, "must be at least -10^15")
  .max(1e15, "must be at most 10^15");

/** A goal's target: a value to reach, or a percentage improvement on the previous quarter. */
export const GoalTarget = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("value"), value: GoalNumber }),
    z.object({
      kind: z.literal("improvement"),
      /** 10 means "10% better than last quarter". */
      percent: z
        .number({ error: "must be a number" })
        .gt(0, "must be more than 0%")
        .max(1000, "must be at most 1000%"),
    }),
  ],
  { error: "must be a target of kind value or improvement" },
);
export type GoalTarget = z.infer<typeof GoalTarget>;

/** A team's goal for one quarter (DOMAIN.md §9); the quarter's dates are in the team's time zone. */
export const Goal = z
  .object({
    id: Id,
    teamId: Id,
    year: z
      .number({ error: "must be a year" })
      .int("must be a whole year")
      .min(2000, "must be 2000 or later")
      .max(2999, "must be before 3000"),
    quarter: GoalQuarter,
    /** The team's time zone: the quarter starts at local midnight on its first day there. */
    timeZone: TimeZone,
    /** The KPI's name as the team knows it, e.g. "bookings" or "win rate". */
    kpi: z.string().trim().min(1, "must name the KPI").max(200, "must be at most 200 characters"),
    target: GoalTarget,
    /** True for KPIs where less is better (churn, CAC, time to resolution). */
    lowerIsBetter: z.boolean({ error: "must be true or false" }).default(false),
    measure: GoalMeasure.default("cumulative"),
  })
  .refine((g) => !(g.lowerIsBetter && g.target.kind === "improvement" && g.target.percent > 100), {
    message: "cannot improve a lower-is-better KPI by more than 100%, which would go below 0",
    path: ["target", "percent"],
  });
export type Goal = z.infer<typeof Goal>;
export type GoalInput = z.input<typeof Goal>;

/** A calendar day of wall-clock time; DST days are still one day. */
export const GOAL_DAY_MS = 86_400_000;

/**
 * The instant `at` as clocks in `timeZone` show it, counted as if that wall time were UTC:
 * differences of wall times are then whole days between local midnights, whatever DST does.
 */
export const wallClockMs = (at: number, timeZone: string): number =>
  at + Math.round(tzOffset(timeZone, new Date(at)) * 60_000);

/** The half-open quarter `[start, end)` of a goal, from local midnight to local midnight. */
export const goalQuarterPeriod = (
  goal: Pick<Goal, "year" | "quarter" | "timeZone">,
): { readonly start: Date; readonly end: Date } => {
  const q = GOAL_QUARTERS.indexOf(goal.quarter);
  const start = new TZDate(goal.year, q * 3, 1, goal.timeZone);
  const end = new TZDate(
    q === 3 ? goal.year + 1 : goal.year,
    q === 3 ? 0 : q * 3 + 3,
    1,
    goal.timeZone,
  );
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
};
