import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiRatio, kpiUndefined } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import {
  computeSalesKpi,
  moneyKpi,
  remainingCalendarDays,
  type SalesKpiDefinition,
} from "./salesKpiEngine";

const NO_QUOTA = "no quota was set for the period";

/** Won amount ÷ quota (the reps' quotas that lie within the period). */
export const QUOTA_ATTAINMENT: SalesKpiDefinition = {
  money: true,
  title: "quota attainment",
  compute: (t) => {
    const counts = { wonMinor: t.wonMinor, quotaMinor: t.quotaMinor };
    if (t.quotas === 0) return kpiUndefined(NO_QUOTA, counts);
    return kpiRatio(t.wonMinor, t.quotaMinor, "the quota is 0", counts);
  },
};

/**
 * Won amount ÷ time elapsed by `asOf` × the period's length (milliseconds), rounded half up:
 * where bookings land at this pace. Once the period is over it is the won amount.
 */
export const QUOTA_PROJECTED: SalesKpiDefinition = {
  money: true,
  title: "projected bookings",
  compute: (t) => {
    const { startMs, endMs, asOfMs } = t.period;
    const elapsedMs = Math.min(asOfMs, endMs) - startMs;
    const counts = {
      wonMinor: t.wonMinor,
      elapsedMs: Math.max(0, elapsedMs),
      lengthMs: endMs - startMs,
    };
    if (elapsedMs <= 0) return kpiUndefined("the period had not started by asOf", counts);
    return moneyKpi(Math.round((t.wonMinor * (endMs - startMs)) / elapsedMs), counts);
  },
};

/**
 * (quota − won amount) ÷ calendar days left in the viewer's time zone (the day of `asOf`
 * included), rounded up to a whole minor unit; 0 once the quota is met.
 */
export const QUOTA_REQUIRED_PER_DAY: SalesKpiDefinition = {
  money: true,
  title: "bookings required per day",
  compute: (t) => {
    const days = remainingCalendarDays(t.period);
    const remainingMinor = Math.max(0, t.quotaMinor - t.wonMinor);
    const counts = { remainingMinor, remainingDays: days, quotaMinor: t.quotaMinor };
    if (t.quotas === 0) return kpiUndefined(NO_QUOTA, counts);
    if (days === 0) return kpiUndefined("the period is over; no days remain", counts);
    return moneyKpi(Math.ceil(remainingMinor / days), counts);
  },
};

/**
 * The share of quota booked in the period.
 *
 * @example quotaAttainment({ ...data, quotas }, period, config)
 * // ok({ value: 0.727…, counts: { wonMinor: 8_000_000, quotaMinor: 11_000_000 } })
 */
export const quotaAttainment = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(QUOTA_ATTAINMENT, data, period, config);

/**
 * Where bookings will land by the period's end at the pace so far (`data.asOf`; without it the
 * period is taken as complete).
 *
 * @example quotaProjected({ ...data, asOf }, period, config) // ok({ value: 16_000_000, counts: { … } })
 */
export const quotaProjected = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(QUOTA_PROJECTED, data, period, config);

/**
 * What must still be booked each remaining calendar day to make quota.
 *
 * @example quotaRequiredPerDay({ ...data, quotas, asOf }, period, config) // ok({ value: 200_000, counts: { … } })
 */
export const quotaRequiredPerDay = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(QUOTA_REQUIRED_PER_DAY, data, period, config);
