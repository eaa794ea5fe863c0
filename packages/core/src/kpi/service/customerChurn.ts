import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import type { KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiRatio } from "../kpiResult";
import { type CustomerBase, customerBase } from "./customerBase";
import { type CustomerCounts, customerCountsOf, NO_START_CUSTOMERS } from "./customerCounts";
import { CustomerBaseData, type CustomerBaseDataInput } from "./customerSubscription";
import { readKpiArguments } from "./readKpiArguments";

/** Customer churn of a customer base already worked out, for the all-at-once snapshot. */
export const customerChurnOf = (base: CustomerBase): KpiResult<CustomerCounts> =>
  kpiRatio(base.lostCustomers, base.startCustomers, NO_START_CUSTOMERS, customerCountsOf(base));

/**
 * Customer churn rate, lost ÷ S: the share of the customers at the start of the period who
 * were no longer customers at its end, so churn + retention = 1. A customer who joined and
 * left inside the period was never in S and is not counted. `null` when S is 0.
 *
 * @example
 * // 10 customers on 1 March, 2 of them leave during March
 * customerChurn({ customers }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 0.2, counts: { startCustomers: 10, lostCustomers: 2, … } })
 */
export const customerChurn = (
  data: CustomerBaseDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<CustomerCounts>, InvalidInput> => {
  const args = readKpiArguments(CustomerBaseData, "customer data", data, period, config);
  if (!args.ok) return args;
  return ok(customerChurnOf(customerBase(args.value.data.customers, args.value.period)));
};
