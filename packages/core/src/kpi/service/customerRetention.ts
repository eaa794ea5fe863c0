import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import type { KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiRatio } from "../kpiResult";
import { type CustomerBase, customerBase } from "./customerBase";
import { type CustomerCounts, customerCountsOf, NO_START_CUSTOMERS } from "./customerCounts";
import { CustomerBaseData, type CustomerBaseDataInput } from "./customerSubscription";
import { readKpiArguments } from "./readKpiArguments";

/** Customer retention of a customer base already worked out, for the all-at-once snapshot. */
export const customerRetentionOf = (base: CustomerBase): KpiResult<CustomerCounts> =>
  kpiRatio(
    base.endCustomers - base.newCustomers,
    base.startCustomers,
    NO_START_CUSTOMERS,
    customerCountsOf(base),
  );

/**
 * Customer retention rate, (E − N) ÷ S: the share of the customers at the start of the
 * period who are still customers at its end. N counts every customer at the end who was not
 * one at the start (new or won back), so E − N is exactly the start customers kept and the
 * rate stays in [0, 1]. `null` when there were no customers at the start.
 *
 * @example
 * // 10 customers on 1 March, 2 of them leave and 3 new ones sign during March
 * customerRetention({ customers }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 0.8, counts: { startCustomers: 10, endCustomers: 11, newCustomers: 3, lostCustomers: 2 } })
 */
export const customerRetention = (
  data: CustomerBaseDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<CustomerCounts>, InvalidInput> => {
  const args = readKpiArguments(CustomerBaseData, "customer data", data, period, config);
  if (!args.ok) return args;
  return ok(customerRetentionOf(customerBase(args.value.data.customers, args.value.period)));
};
