import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import type { KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiRatio } from "../kpiResult";
import { type CustomerBase, customerBase } from "./customerBase";
import { type MrrMovementCounts, mrrMovementCountsOf, NO_START_MRR } from "./customerCounts";
import { CustomerBaseData, type CustomerBaseDataInput } from "./customerSubscription";
import { readKpiArguments } from "./readKpiArguments";

/** Revenue churn of a customer base already worked out, for the all-at-once snapshot. */
export const revenueChurnOf = (base: CustomerBase): KpiResult<MrrMovementCounts> =>
  kpiRatio(base.churnedMrrMinor, base.startMrrMinor, NO_START_MRR, mrrMovementCountsOf(base));

/**
 * Revenue churn rate, churned MRR ÷ starting MRR: the share of the recurring revenue at the
 * start of the period that left with the customers who churned. Downgrades of customers who
 * stay are contraction, not churn (see GRR). `null` when there was no MRR at the start.
 *
 * @example
 * // 40,000.00 MRR on 1 March; a customer paying 10,000.00 a month leaves in March
 * revenueChurn({ customers }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 0.25, counts: { startMrrMinor: 4_000_000, churnedMrrMinor: 1_000_000, … } })
 */
export const revenueChurn = (
  data: CustomerBaseDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<MrrMovementCounts>, InvalidInput> => {
  const args = readKpiArguments(CustomerBaseData, "customer data", data, period, config);
  if (!args.ok) return args;
  return ok(revenueChurnOf(customerBase(args.value.data.customers, args.value.period)));
};
