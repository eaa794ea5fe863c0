import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiRatio, kpiUndefined } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { computeSalesKpi, type SalesKpiDefinition } from "./salesKpiEngine";

const NONE_CLOSED = "no deals were closed (won or lost) in the period";

/** Won ÷ (won + lost) among deals closed in the period; open deals are left out. */
export const WIN_RATE_BY_COUNT: SalesKpiDefinition = {
  money: false,
  title: "win rate",
  compute: (t) =>
    kpiRatio(t.won, t.won + t.lost, NONE_CLOSED, {
      won: t.won,
      lost: t.lost,
      closed: t.won + t.lost,
    }),
};

/** Won amount ÷ (won + lost amount) among deals closed in the period. */
export const WIN_RATE_BY_VALUE: SalesKpiDefinition = {
  money: true,
  title: "win rate by value",
  compute: (t) => {
    const counts = { won: t.won, lost: t.lost, wonMinor: t.wonMinor, lostMinor: t.lostMinor };
    if (t.won + t.lost === 0) return kpiUndefined(NONE_CLOSED, counts);
    return kpiRatio(
      t.wonMinor,
      t.wonMinor + t.lostMinor,
      "the deals closed in the period have no amount",
      counts,
    );
  },
};

/**
 * The share of deals closed in the period that were won, by count: how often the team wins
 * when a deal is decided.
 *
 * @example winRateByCount({ deals, activities: [], leads: [] }, { start, end }, config)
 * // ok({ value: 0.666…, counts: { won: 4, lost: 2, closed: 6 } })
 */
export const winRateByCount = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(WIN_RATE_BY_COUNT, data, period, config);

/**
 * The share of the money decided in the period that was won: a win rate that weighs big deals
 * more. Refused (`mixed_currencies`) when the closed deals are in several currencies.
 *
 * @example winRateByValue(data, period, config)
 * // ok({ value: 0.8, counts: { won: 4, lost: 2, wonMinor: 8_000_000, lostMinor: 2_000_000 } })
 */
export const winRateByValue = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(WIN_RATE_BY_VALUE, data, period, config);
