import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiRatio, kpiValue } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { computeSalesKpi, type SalesKpiDefinition } from "./salesKpiEngine";

/** Activities that occurred in the period, whoever logged them. */
export const ACTIVITIES_LOGGED: SalesKpiDefinition = {
  money: false,
  title: "activities logged",
  compute: (t) => kpiValue(t.activities, { activities: t.activities }),
};

/**
 * Activities logged in the period by active reps ÷ active reps (active users with one of
 * `kpi.repRoles`); broken down by rep it is each rep's own count.
 */
export const ACTIVITIES_PER_REP: SalesKpiDefinition = {
  money: false,
  title: "activities per rep",
  compute: (t) =>
    kpiRatio(t.repActivities, t.activeReps, "there are no active reps to share the activities", {
      repActivities: t.repActivities,
      activeReps: t.activeReps,
    }),
};

/**
 * How many activities were logged in the period (calls, emails, meetings, demos, notes, tasks).
 *
 * @example activitiesLogged(data, period, config) // ok({ value: 18, counts: { activities: 18 } })
 */
export const activitiesLogged = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(ACTIVITIES_LOGGED, data, period, config);

/**
 * The activities an active rep logged in the period, on average: how busy the team is.
 *
 * @example activitiesPerRep({ ...data, users: [ada, bo] }, period, config)
 * // ok({ value: 8.5, counts: { repActivities: 17, activeReps: 2 } })
 */
export const activitiesPerRep = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(ACTIVITIES_PER_REP, data, period, config);
