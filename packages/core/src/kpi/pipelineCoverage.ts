import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { computeSalesKpi, type SalesKpiDefinition } from "./salesKpiEngine";

/**
 * Open pipeline at the period's end ÷ remaining quota (quota − won amount); quotas are the
 * reps' quotas that lie within the period.
 */
export const PIPELINE_COVERAGE: SalesKpiDefinition = {
  money: true,
  title: "pipeline coverage",
  compute: (t) => {
    const remainingMinor = t.quotaMinor - t.wonMinor;
    const counts = {
      openMinor: t.openMinor,
      quotaMinor: t.quotaMinor,
      wonMinor: t.wonMinor,
      remainingMinor,
    };
    if (t.quotas === 0) return kpiUndefined("no quota was set for the period", counts);
    if (remainingMinor <= 0)
      return kpiUndefined("the quota is already met, so no pipeline is needed to cover it", counts);
    return kpiValue(t.openMinor / remainingMinor, counts);
  },
};

/**
 * How many times the open pipeline covers what is still missing from quota (3× is a common
 * rule of thumb).
 *
 * @example pipelineCoverage({ ...data, quotas }, period, config)
 * // ok({ value: 1.5, counts: { openMinor: 4_500_000, quotaMinor: 11_000_000, wonMinor: 8_000_000, remainingMinor: 3_000_000 } })
 */
export const pipelineCoverage = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(PIPELINE_COVERAGE, data, period, config);
