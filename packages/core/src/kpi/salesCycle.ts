import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import {
  computeSalesKpi,
  medianOfSorted,
  type SalesKpiDefinition,
  sortedNumbers,
} from "./salesKpiEngine";

const NO_WINS = "no deals were won in the period";

/** Mean of (closed − created), in days, over deals won in the period. */
export const SALES_CYCLE_MEAN_DAYS: SalesKpiDefinition = {
  money: false,
  title: "mean sales cycle",
  compute: (t) => {
    const counts = { won: t.won };
    if (t.cycleDays.length === 0) return kpiUndefined(NO_WINS, counts);
    let sum = 0;
    for (const days of t.cycleDays) sum += days;
    return kpiValue(sum / t.cycleDays.length, counts);
  },
};

/** Median of (closed − created), in days, over deals won in the period. */
export const SALES_CYCLE_MEDIAN_DAYS: SalesKpiDefinition = {
  money: false,
  title: "median sales cycle",
  compute: (t) =>
    t.cycleDays.length === 0
      ? kpiUndefined(NO_WINS, { won: t.won })
      : kpiValue(medianOfSorted(sortedNumbers(t.cycleDays)), { won: t.won }),
};

/**
 * How long, in days, a deal won in the period took from creation to close, on average: the
 * time a new deal can be expected to take.
 *
 * @example salesCycleMeanDays(data, period, config) // ok({ value: 17.5, counts: { won: 4 } })
 */
export const salesCycleMeanDays = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(SALES_CYCLE_MEAN_DAYS, data, period, config);

/**
 * The median days from creation to close of deals won in the period; unlike the mean, one
 * deal that dragged on for a year does not move it.
 *
 * @example salesCycleMedianDays(data, period, config) // ok({ value: 15, counts: { won: 4 } })
 */
export const salesCycleMedianDays = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(SALES_CYCLE_MEDIAN_DAYS, data, period, config);
