import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import type { KpiResult } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { computeSalesKpi, moneyKpi, type SalesKpiDefinition } from "./salesKpiEngine";

/** Σ amount of deals created in the period (whatever became of them). */
export const PIPELINE_CREATED: SalesKpiDefinition = {
  money: true,
  title: "pipeline created",
  compute: (t) => moneyKpi(t.createdMinor, { deals: t.createdDeals }),
};

/**
 * Σ amount of deals open at the period's end: created before it, not closed before it, in an
 * open stage then (the latest stage change before the end; without history, the stage now).
 * A deal closed since the end with no stage history has no known stage then and is counted
 * in `stageUnknownAtEnd`, not in the value.
 */
export const PIPELINE_VALUE: SalesKpiDefinition = {
  money: true,
  title: "pipeline value",
  compute: (t) =>
    moneyKpi(t.openMinor, { openDeals: t.openDeals, stageUnknownAtEnd: t.stageUnknownAtEnd }),
};

/** Σ amount × stage probability of the same deals, each rounded half up to a minor unit. */
export const WEIGHTED_PIPELINE_VALUE: SalesKpiDefinition = {
  money: true,
  title: "weighted pipeline",
  compute: (t) =>
    moneyKpi(t.weightedMinor, {
      openDeals: t.openDeals,
      openMinor: t.openMinor,
      stageUnknownAtEnd: t.stageUnknownAtEnd,
    }),
};

/**
 * The amount of new deals created in the period: how much pipeline the team generated.
 *
 * @example pipelineCreated(data, period, config) // ok({ value: 14_500_000, counts: { deals: 8 } })
 */
export const pipelineCreated = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(PIPELINE_CREATED, data, period, config);

/**
 * The amount of deals still open at the period's end: what the team can still win.
 *
 * @example pipelineValue(data, period, config) // ok({ value: 4_500_000, counts: { openDeals: 3, stageUnknownAtEnd: 0 } })
 */
export const pipelineValue = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(PIPELINE_VALUE, data, period, config);

/**
 * The open pipeline weighted by each deal's stage probability (`config.pipeline.stages`):
 * what it is expected to bring.
 *
 * @example weightedPipelineValue(data, period, config) // ok({ value: 1_700_000, counts: { … } })
 */
export const weightedPipelineValue = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(WEIGHTED_PIPELINE_VALUE, data, period, config);
