import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import type { KpiPeriod, KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "../kpiResult";
import { kpiPeriodMonths } from "./comparisonPeriod";
import { type CustomerBase, customerBase } from "./customerBase";
import { NO_START_CUSTOMERS, NO_START_MRR } from "./customerCounts";
import { CustomerBaseData, type CustomerBaseDataInput } from "./customerSubscription";
import { readKpiArguments } from "./readKpiArguments";

/** What CLV is computed from: the start cohort's MRR and churn, the margin and the period's months. */
export type LifetimeValueCounts = {
  readonly startCustomers: number;
  readonly startMrrMinor: number;
  readonly churnedMrrMinor: number;
  readonly grossMarginPercent: number;
  readonly periodMonths: number;
};

/** The figures CLV needs from a customer base, a period and the company's margin. */
export const lifetimeValueCountsOf = (
  base: CustomerBase,
  period: KpiPeriod,
  grossMarginPercent: number,
): LifetimeValueCounts => ({
  startCustomers: base.startCustomers,
  startMrrMinor: base.startMrrMinor,
  churnedMrrMinor: base.churnedMrrMinor,
  grossMarginPercent,
  periodMonths: kpiPeriodMonths(period),
});

/** CLV from figures already taken, shared with LTV:CAC and the all-at-once snapshot. */
export const customerLifetimeValueOf = (c: LifetimeValueCounts): KpiResult<LifetimeValueCounts> => {
  if (c.startCustomers === 0) return kpiUndefined(NO_START_CUSTOMERS, c);
  if (c.startMrrMinor === 0) return kpiUndefined(NO_START_MRR, c);
  if (c.churnedMrrMinor === 0)
    return kpiUndefined(
      "no recurring revenue was lost to churn in the period, so the expected customer lifetime has no end",
      c,
    );
  const arpaMinor = c.startMrrMinor / c.startCustomers;
  const monthlyRevenueChurn = c.churnedMrrMinor / c.startMrrMinor / c.periodMonths;
  return kpiValue((arpaMinor * (c.grossMarginPercent / 100)) / monthlyRevenueChurn, c);
};

/**
 * Customer lifetime value, CLV = ARPA × gross margin ÷ revenue churn, in minor units: the
 * gross profit a customer brings over their expected lifetime. ARPA is the monthly MRR per
 * customer at the start of the period; the period's revenue churn is turned into a monthly
 * rate (÷ the period's months) so a quarter and a month give the same answer; the margin is
 * `config.kpi.grossMarginPercent`. `null` when there were no customers or MRR at the start,
 * or when no revenue churned (an unbounded lifetime).
 *
 * @example
 * // March: 4 customers paying 40,000.00 MRR, one paying 10,000.00 leaves; margin 80%
 * // ARPA 10,000.00 × 0.8 ÷ 0.25 per month = 32,000.00
 * customerLifetimeValue({ customers }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 3_200_000, counts: { startCustomers: 4, startMrrMinor: 4_000_000, churnedMrrMinor: 1_000_000, grossMarginPercent: 80, periodMonths: 1 } })
 */
export const customerLifetimeValue = (
  data: CustomerBaseDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<LifetimeValueCounts>, InvalidInput> => {
  const args = readKpiArguments(CustomerBaseData, "customer data", data, period, config);
  if (!args.ok) return args;
  const { data: d, period: p, config: cfg } = args.value;
  return ok(
    customerLifetimeValueOf(
      lifetimeValueCountsOf(customerBase(d.customers, p), p, cfg.kpi.grossMarginPercent),
    ),
  );
};
