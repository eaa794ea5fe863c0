import { z } from "zod";
import type { Config } from "../../config/config";
import { Instant } from "../../entities/common";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import type { KpiPeriod, KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "../kpiResult";
import type { CustomerBase } from "./customerBase";
import { readKpiArguments } from "./readKpiArguments";

/** One reading of a level that changes over time (customers, MRR, headcount…): `value` as of `at`. */
export const SeriesReading = z.object({
  at: Instant,
  value: z.number({ error: "must be a finite number" }),
});
export type SeriesReading = z.infer<typeof SeriesReading>;

/** The readings of one series, in any order. */
export const GrowthSeries = z.object({ series: z.array(SeriesReading) });
export type GrowthSeriesInput = z.input<typeof GrowthSeries>;

/** The two values compared. */
export type GrowthCounts = { readonly startValue: number; readonly endValue: number };

/**
 * (end − start) ÷ |start|: dividing by the size of the start keeps a rise positive even for
 * a series that starts below zero. `null` when the start is 0.
 */
export const growthOf = (
  startValue: number,
  endValue: number,
  whenZero: string,
): KpiResult<GrowthCounts> =>
  startValue === 0
    ? kpiUndefined(whenZero, { startValue, endValue })
    : kpiValue((endValue - startValue) / Math.abs(startValue), { startValue, endValue });

/** The latest reading at or before `t` (`inclusive`) or strictly before it; the later listed wins a tie. */
const latestReading = (
  series: readonly SeriesReading[],
  t: Date,
  inclusive: boolean,
): SeriesReading | undefined => {
  let latest: SeriesReading | undefined;
  for (const r of series) {
    const counts = inclusive ? r.at.getTime() <= t.getTime() : r.at.getTime() < t.getTime();
    if (counts && (!latest || r.at.getTime() >= latest.at.getTime())) latest = r;
  }
  return latest;
};

/** Growth of checked readings over the period. */
export const growthRateOf = (
  series: readonly SeriesReading[],
  period: Pick<KpiPeriod, "start" | "end">,
): KpiResult<GrowthCounts> => {
  const start = latestReading(series, period.start, true);
  const end = latestReading(series, period.end, false);
  if (!start || !end)
    return kpiUndefined("the series has no reading at or before the start of the period", {
      startValue: 0,
      endValue: end?.value ?? 0,
    });
  return growthOf(start.value, end.value, "the series was 0 at the start of the period");
};

/** Customer-count growth over the period, (E − S) ÷ S. */
export const customerGrowthOf = (base: CustomerBase): KpiResult<GrowthCounts> =>
  growthOf(
    base.startCustomers,
    base.endCustomers,
    "there were no customers at the start of the period",
  );

/** MRR growth over the period, (end MRR − start MRR) ÷ start MRR, new customers included. */
export const mrrGrowthOf = (base: CustomerBase): KpiResult<GrowthCounts> =>
  growthOf(
    base.startMrrMinor,
    base.endMrrMinor,
    "there was no recurring revenue (MRR) at the start of the period",
  );

/**
 * Growth rate of any series, (value at end − value at start) ÷ |value at start|. The start
 * value is the latest reading at or before the period's start; the end value is the latest
 * reading before its end (half-open), which is the start reading when nothing was read in
 * between. `null` when there is no reading by the start or the start value is 0.
 *
 * @example
 * // 200 customers on 1 March, 230 on 31 March
 * growthRate({ series: [{ at: mar1, value: 200 }, { at: mar31, value: 230 }] },
 *   { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 0.15, counts: { startValue: 200, endValue: 230 } })
 */
export const growthRate = (
  data: GrowthSeriesInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<GrowthCounts>, InvalidInput> => {
  const args = readKpiArguments(GrowthSeries, "series", data, period, config);
  if (!args.ok) return args;
  return ok(growthRateOf(args.value.data.series, args.value.period));
};
