import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Instant } from "../entities/common";
import { ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import {
  GOAL_DAY_MS,
  Goal,
  type GoalInput,
  type GoalMeasure,
  GoalNumber,
  goalQuarterPeriod,
  wallClockMs,
} from "./goal";

export const GOAL_STATUSES = ["on_track", "at_risk", "behind", "achieved"] as const;
/**
 * Where a goal stands: `achieved` (met for good), `on_track` (the projection meets the
 * target), `at_risk` (short by no more than `atRiskWithinPercent` of the target) or `behind`.
 */
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A number the pace could work out, or `null` and why it could not. Never NaN or Infinity. */
export type GoalFigure =
  | { readonly value: number; readonly reason?: undefined }
  | { readonly value: null; readonly reason: string };

/** How a goal is doing on a given day, with every figure a reader needs to check it. */
export type GoalPace = {
  readonly goalId: string;
  readonly teamId: string;
  readonly kpi: string;
  readonly lowerIsBetter: boolean;
  readonly measure: GoalMeasure;
  /** The quarter `[start, end)` in the team's time zone and its length in calendar days. */
  readonly quarter: { readonly start: Date; readonly end: Date; readonly days: number };
  /** Days of the quarter gone by `asOf` (fractional, 0 before it starts, `days` after it ends). */
  readonly elapsedDays: number;
  readonly remainingDays: number;
  readonly current: number;
  readonly target: GoalFigure;
  /** Where the KPI lands at the quarter's end at this pace; the current value for a rate. */
  readonly projected: GoalFigure;
  /**
   * What the team must add per remaining day to reach the target (0 once reached); for a
   * lower-is-better total, the most it can add per day and still stay under the target.
   */
  readonly requiredPerDay: GoalFigure;
  readonly status: GoalStatus | null;
  /** One sentence on the status, for a digest or a card. */
  readonly explanation: string;
};

/** A goal, the KPI's value so far this quarter, last quarter's value, and the day of asking. */
export const GoalPaceInput = z.object({
  goal: Goal,
  current: GoalNumber,
  /** The KPI's value for the previous quarter; needed by a "% improvement" goal. */
  previous: GoalNumber.optional(),
  asOf: Instant,
});
export type GoalPaceInput = {
  readonly goal: GoalInput;
  readonly current: number;
  readonly previous?: number;
  readonly asOf: Date;
};

const figure = (value: number): GoalFigure =>
  Number.isFinite(value) ? { value } : { value: null, reason: "the value is too large to compute" };
const missing = (reason: string): GoalFigure => ({ value: null, reason });

const show = (n: number): string =>
  new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n);

const resolveTarget = (goal: Goal, previous: number | undefined): GoalFigure => {
  const { target } = goal;
  if (target.kind === "value") return figure(target.value);
  if (previous === undefined)
    return missing(
      `the goal is a ${show(target.percent)}% improvement on last quarter, and last quarter's ${goal.kpi} was not given`,
    );
  if (previous === 0)
    return missing(
      `last quarter's ${goal.kpi} was 0, and a percentage of 0 is no improvement; set a target value instead`,
    );
  // Relative to the size of last quarter's value, so a negative value (a shrinking KPI) still
  // improves in the right direction; for positive values this is previous × (1 ± p).
  const step = (Math.abs(previous) * target.percent) / 100;
  return figure(goal.lowerIsBetter ? previous - step : previous + step);
};

/**
 * How a team's quarterly goal is pacing: the target (a value, or last quarter's value improved
 * by p%: previous × (1 + p), or × (1 − p) when lower is better), the projection at this pace
 * (current ÷ elapsed days × days in the quarter, for a running total), what is needed per
 * remaining day, and a status. `achieved` means the current value meets the target and can
 * no longer lose it: a higher-is-better running total, or any goal once the quarter is over
 * (a rate or a lower-is-better total that meets the target mid-quarter is `on_track`).
 * Figures that cannot be worked out are `null` with a reason, never NaN or Infinity.
 *
 * @example
 * // bookings goal of 900 for Q1 2026 (90 days, UTC); 400 booked by the end of day 30
 * goalPace({ goal, current: 400, asOf: new Date("2026-01-31T00:00:00Z") }, defaultConfig())
 * // ok({ target: { value: 900 }, projected: { value: 1200 }, requiredPerDay: { value: 8.33… },
 * //      status: "on_track", elapsedDays: 30, remainingDays: 60, … })
 */
export const goalPace = (input: GoalPaceInput, config: Config): Result<GoalPace, InvalidInput> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsed = parseInput(GoalPaceInput, input, "goal pace request");
  if (!parsed.ok) return parsed;
  const { goal, current, previous, asOf } = parsed.value;
  const { atRiskWithinPercent } = company.value.goals;

  const { start, end } = goalQuarterPeriod(goal);
  const zone = goal.timeZone;
  const startWall = wallClockMs(start.getTime(), zone);
  const days = Math.round((wallClockMs(end.getTime(), zone) - startWall) / GOAL_DAY_MS);
  const elapsedDays =
    asOf.getTime() <= start.getTime()
      ? 0
      : asOf.getTime() >= end.getTime()
        ? days
        : Math.min(
            days,
            Math.max(0, (wallClockMs(asOf.getTime(), zone) - startWall) / GOAL_DAY_MS),
          );
  const remainingDays = days - elapsedDays;
  const over = asOf.getTime() >= end.getTime();
  const started = elapsedDays > 0;
  const isRate = goal.measure === "rate";

  const target = resolveTarget(goal, previous);
  const projected: GoalFigure = isRate
    ? figure(current)
    : over
      ? figure(current)
      : started
        ? figure((current / elapsedDays) * days)
        : missing("the quarter has not started yet, so there is no pace to project");

  const base = {
    goalId: goal.id,
    teamId: goal.teamId,
    kpi: goal.kpi,
    lowerIsBetter: goal.lowerIsBetter,
    measure: goal.measure,
    quarter: { start, end, days },
    elapsedDays,
    remainingDays,
    current,
    target,
    projected,
  };
  const when = `${goal.quarter} ${goal.year}`;

  if (target.value === null)
    return ok({
      ...base,
      requiredPerDay: missing(target.reason),
      status: null,
      explanation: `No status for ${goal.kpi} in ${when}: ${target.reason}.`,
    });
  const goalValue = target.value;
  const meets = (x: number): boolean => (goal.lowerIsBetter ? x <= goalValue : x >= goalValue);

  const requiredPerDay: GoalFigure = isRate
    ? missing(`${goal.kpi} is a rate, not a running total, so nothing is added per day`)
    : over
      ? missing("the quarter is over, so no days remain")
      : figure(Math.max(0, goalValue - current) / remainingDays);

  const achievedForGood = over || (!isRate && !goal.lowerIsBetter);
  const status = ((): { status: GoalStatus; explanation: string } => {
    const against = `against a target of ${show(goalValue)}`;
    if (meets(current) && achievedForGood)
      return {
        status: "achieved",
        explanation: `${goal.kpi} is ${show(current)} ${against}: achieved.`,
      };
    if (over)
      return {
        status: "behind",
        explanation: `${when} ended with ${goal.kpi} at ${show(current)} ${against}: missed.`,
      };
    if (projected.value === null)
      return {
        status: "on_track",
        explanation: `${when} has not started yet, so nothing is behind; the target is ${show(goalValue)}.`,
      };
    const p = projected.value;
    const at = isRate ? `${goal.kpi} is ${show(p)}` : `${goal.kpi} is projected at ${show(p)}`;
    if (meets(p)) return { status: "on_track", explanation: `${at} ${against}: on track.` };
    const shortfall = goal.lowerIsBetter ? p - goalValue : goalValue - p;
    const tolerance = (Math.abs(goalValue) * atRiskWithinPercent) / 100;
    return shortfall <= tolerance
      ? {
          status: "at_risk",
          explanation: `${at} ${against}, within ${show(atRiskWithinPercent)}% of it: at risk.`,
        }
      : {
          status: "behind",
          explanation: `${at} ${against}, more than ${show(atRiskWithinPercent)}% off: behind.`,
        };
  })();

  return ok({ ...base, requiredPerDay, ...status });
};
