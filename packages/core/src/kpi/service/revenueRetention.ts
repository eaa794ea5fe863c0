import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import type { KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiRatio } from "../kpiResult";
import { type CustomerBase, customerBase } from "./customerBase";
import { type MrrMovementCounts, mrrMovementCountsOf, NO_START_MRR } from "./customerCounts";
import { CustomerBaseData, type CustomerBaseDataInput } from "./customerSubscription";
import { readKpiArguments } from "./readKpiArguments";

/** NRR of a customer base already worked out, for the all-at-once snapshot. */
export const netRevenueRetentionOf = (base: CustomerBase): KpiResult<MrrMovementCounts> =>
  kpiRatio(
    base.startMrrMinor + base.expansionMrrMinor - base.contractionMrrMinor - base.churnedMrrMinor,
    base.startMrrMinor,
    NO_START_MRR,
    mrrMovementCountsOf(base),
  );

/** GRR of a customer base already worked out, for the all-at-once snapshot. */
export const grossRevenueRetentionOf = (base: CustomerBase): KpiResult<MrrMovementCounts> =>
  kpiRatio(
    base.startMrrMinor - base.contractionMrrMinor - base.churnedMrrMinor,
    base.startMrrMinor,
    NO_START_MRR,
    mrrMovementCountsOf(base),
  );

/**
 * Net revenue retention, NRR = (start + expansion − contraction − churn) ÷ start, over the
 * customers at the start of the period: how much of their MRR they pay at the end, upgrades
 * included (above 1 when expansion outgrows losses). New customers do not count. `null`
 * when there was no MRR at the start.
 *
 * @example
 * // start 40,000.00; +5,000.00 upgrades, −2,000.00 downgrades, −10,000.00 churned
 * netRevenueRetention({ customers }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 0.825, counts: { startMrrMinor: 4_000_000, expansionMrrMinor: 500_000, … } })
 */
export const netRevenueRetention = (
  data: CustomerBaseDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<MrrMovementCounts>, InvalidInput> => {
  const args = readKpiArguments(CustomerBaseData, "customer data", data, period, config);
  if (!args.ok) return args;
  return ok(netRevenueRetentionOf(customerBase(args.value.data.customers, args.value.period)));
};

/**
 * Gross revenue retention, GRR = (start − contraction − churn) ÷ start: NRR without
 * expansion, so it is never above 1 and shows the revenue kept before any upsell. `null`
 * when there was no MRR at the start.
 *
 * @example
 * // start 40,000.00; −2,000.00 downgrades, −10,000.00 churned (upgrades are ignored)
 * grossRevenueRetention({ customers }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 0.7, counts: { startMrrMinor: 4_000_000, contractionMrrMinor: 200_000, … } })
 */
export const grossRevenueRetention = (
  data: CustomerBaseDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<MrrMovementCounts>, InvalidInput> => {
  const args = readKpiArguments(CustomerBaseData, "customer data", data, period, config);
  if (!args.ok) return args;
  return ok(grossRevenueRetentionOf(customerBase(args.value.data.customers, args.value.period)));
};
