import { GOAL_QUARTERS, type GoalQuarter } from "@baton/core";
import { TZDate } from "@date-fns/tz";
import type { ZonedPeriod } from "./reportPeriod";

/** A calendar quarter: Q1 is January to March. */
export type YearQuarter = { readonly year: number; readonly quarter: GoalQuarter };

/**
 * The quarter `n` quarters after (or before, for negative `n`) the given one.
 *
 * @example shiftQuarter({ year: 2026, quarter: "Q1" }, -1) // { year: 2025, quarter: "Q4" }
 */
export const shiftQuarter = (at: YearQuarter, n: number): YearQuarter => {
  const index = at.year * 4 + GOAL_QUARTERS.indexOf(at.quarter) + n;
  return {
    year: Math.floor(index / 4),
    quarter: GOAL_QUARTERS[((index % 4) + 4) % 4] as GoalQuarter,
  };
};

/** The quarter `[start, end)` from local midnight to local midnight in `timeZone`. */
export const quarterPeriod = (at: YearQuarter, timeZone: string): ZonedPeriod => {
  const next = shiftQuarter(at, 1);
  const month = (q: YearQuarter) => GOAL_QUARTERS.indexOf(q.quarter) * 3;
  return {
    start: new Date(new TZDate(at.year, month(at), 1, timeZone).getTime()),
    end: new Date(new TZDate(next.year, month(next), 1, timeZone).getTime()),
    timeZone,
  };
};
