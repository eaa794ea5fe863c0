import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiConfig } from "./kpiConfig";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import {
  computeSalesKpi,
  medianOfSorted,
  percentileOfSorted,
  type SalesKpiDefinition,
  sortedNumbers,
} from "./salesKpiEngine";
import type { SalesTotals } from "./salesTotals";

/**
 * The count names of the speed-to-lead bands for the configured bounds: `[5, 15, 60]` gives
 * `band_0_5`, `band_5_15`, `band_15_60`, `band_60_plus`. A wait of exactly 5 minutes is in 5–15.
 *
 * @example speedToLeadBandNames([5, 15, 60]) // ["band_0_5", "band_5_15", "band_15_60", "band_60_plus"]
 */
export const speedToLeadBandNames = (boundsMinutes: readonly number[]): string[] => [
  ...boundsMinutes.map((upper, i) => `band_${i === 0 ? 0 : boundsMinutes[i - 1]}_${upper}`),
  `band_${boundsMinutes[boundsMinutes.length - 1] ?? 0}_plus`,
];

/** The cohort's counts: leads whose clock started, touched and untouched, and each band. */
const speedCounts = (t: SalesTotals, settings: KpiConfig, sorted: readonly number[]) => {
  const bounds = settings.speedToLeadBandsMinutes;
  const names = speedToLeadBandNames(bounds);
  const bands = new Array<number>(names.length).fill(0);
  let band = 0;
  for (const minutes of sorted) {
    while (band < bounds.length && minutes >= (bounds[band] ?? 0)) band++;
    bands[band] = (bands[band] ?? 0) + 1;
  }
  const counts: Record<string, number> = {
    leads: sorted.length + t.untouchedLeads,
    touched: sorted.length,
    untouched: t.untouchedLeads,
  };
  names.forEach((name, i) => {
    counts[name] = bands[i] ?? 0;
  });
  return counts;
};

const speedKpi =
  (pick: (sorted: readonly number[]) => number) =>
  (t: SalesTotals, settings: KpiConfig): KpiResult => {
    const sorted = sortedNumbers(t.speedMinutes);
    const counts = speedCounts(t, settings, sorted);
    if (sorted.length > 0) return kpiValue(pick(sorted), counts);
    return kpiUndefined(
      t.untouchedLeads === 0
        ? "no leads started the speed-to-lead clock in the period"
        : "none of the period's leads has had a human touch yet",
      counts,
    );
  };

/**
 * Median minutes from a lead's clock start (created, or MQL with `kpi.speedToLeadFrom: "mql"`)
 * to its first human touch, over leads whose clock started in the period; untouched leads are
 * counted, not timed. A lead touched before it became an MQL counts as 0 minutes.
 */
export const SPEED_TO_LEAD_MEDIAN_MINUTES: SalesKpiDefinition = {
  money: false,
  title: "median speed to lead",
  compute: speedKpi(medianOfSorted),
};

/** The 95th percentile (nearest rank) of the same minutes: how long the slowest leads wait. */
export const SPEED_TO_LEAD_P95_MINUTES: SalesKpiDefinition = {
  money: false,
  title: "95th percentile speed to lead",
  compute: speedKpi((sorted) => percentileOfSorted(sorted, 0.95)),
};

/**
 * How quickly new leads get their first human touch, median minutes, with the count in each
 * band (0–5, 5–15, 15–60, 60+ minutes by default) and the leads still untouched.
 *
 * @example speedToLeadMedianMinutes(data, period, config)
 * // ok({ value: 10, counts: { leads: 5, touched: 4, untouched: 1, band_0_5: 1, band_5_15: 2, band_15_60: 0, band_60_plus: 1 } })
 */
export const speedToLeadMedianMinutes = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> =>
  computeSalesKpi(SPEED_TO_LEAD_MEDIAN_MINUTES, data, period, config);

/**
 * The speed to lead that 95% of touched leads beat (nearest rank), with the same counts.
 *
 * @example speedToLeadP95Minutes(data, period, config) // ok({ value: 90, counts: { … } })
 */
export const speedToLeadP95Minutes = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(SPEED_TO_LEAD_P95_MINUTES, data, period, config);
