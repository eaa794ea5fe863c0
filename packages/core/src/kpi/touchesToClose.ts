import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiRatio } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { computeSalesKpi, type SalesKpiDefinition } from "./salesKpiEngine";

/**
 * Touches (activities of `kpi.touchKinds`, by default calls, emails, meetings and demos) logged
 * on a deal before it closed, averaged over the deals won in the period.
 */
export const TOUCHES_TO_CLOSE: SalesKpiDefinition = {
  money: false,
  title: "touches to close",
  compute: (t) =>
    kpiRatio(t.touches, t.won, "no deals were won in the period", {
      won: t.won,
      touches: t.touches,
    }),
};

/**
 * How many touches it took, on average, to win a deal won in the period.
 *
 * @example touchesToClose(data, period, config) // ok({ value: 2.5, counts: { won: 4, touches: 10 } })
 */
export const touchesToClose = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(TOUCHES_TO_CLOSE, data, period, config);
