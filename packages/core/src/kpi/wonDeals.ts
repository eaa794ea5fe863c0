import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { computeSalesKpi, moneyKpi, type SalesKpiDefinition } from "./salesKpiEngine";

const NO_WINS = "no deals were won in the period";

/** Deals closed won in the period (closed = `closedAt` in the period). */
export const DEALS_WON: SalesKpiDefinition = {
  money: false,
  title: "deals won",
  compute: (t) => kpiValue(t.won, { won: t.won }),
};

/** The amount booked: Σ amount of deals closed won in the period, in minor units. */
export const WON_AMOUNT: SalesKpiDefinition = {
  money: true,
  title: "won amount",
  compute: (t) => moneyKpi(t.wonMinor, { won: t.won, wonMinor: t.wonMinor }),
};

/** Won amount ÷ won deals, rounded half up to a whole minor unit. */
export const AVERAGE_DEAL_SIZE: SalesKpiDefinition = {
  money: true,
  title: "average deal size",
  compute: (t) => {
    const counts = { won: t.won, wonMinor: t.wonMinor };
    if (t.won === 0) return kpiUndefined(NO_WINS, counts);
    return moneyKpi(Math.round(t.wonMinor / t.won), counts);
  },
};

/**
 * How many deals were closed won in the period.
 *
 * @example dealsWon({ deals, activities: [], leads: [] }, { start, end }, config) // ok({ value: 4, counts: { won: 4 } })
 */
export const dealsWon = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(DEALS_WON, data, period, config);

/**
 * The amount booked in the period, in minor units of the deals' one currency.
 *
 * @example wonAmount(data, period, config) // ok({ value: 8_000_000, counts: { won: 4, wonMinor: 8_000_000 } })
 */
export const wonAmount = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(WON_AMOUNT, data, period, config);

/**
 * The average amount of a deal won in the period, so a rep's wins can be compared by size.
 *
 * @example averageDealSize(data, period, config) // ok({ value: 2_000_000, counts: { won: 4, wonMinor: 8_000_000 } })
 */
export const averageDealSize = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(AVERAGE_DEAL_SIZE, data, period, config);
