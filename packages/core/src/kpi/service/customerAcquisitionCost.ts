import { z } from "zod";
import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import { inPeriod, type KpiPeriod, type KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiRatio } from "../kpiResult";
import {
  type AcquisitionSpend,
  AcquisitionSpend as Spend,
  spendCurrencies,
} from "./acquisitionSpend";
import { type CustomerBase, customerBase } from "./customerBase";
import { CustomerSubscription } from "./customerSubscription";
import { requireOneCurrency } from "./oneCurrency";
import { readKpiArguments } from "./readKpiArguments";

/** The subscriptions (to count new customers) and the spend CAC reads, spend in one currency. */
export const AcquisitionData = z
  .object({ customers: z.array(CustomerSubscription), spend: z.array(Spend) })
  .superRefine((d, ctx) => requireOneCurrency(spendCurrencies(d.spend), ctx));
export type AcquisitionDataInput = z.input<typeof AcquisitionData>;

/** Spend in the period by budget (minor units) and the customers it won. */
export type AcquisitionCostCounts = {
  readonly salesSpendMinor: number;
  readonly marketingSpendMinor: number;
  readonly newCustomers: number;
};

/** Adds up the period's spend by budget and takes the acquired customers from the base. */
export const acquisitionCostCountsOf = (
  spend: readonly AcquisitionSpend[],
  base: CustomerBase,
  period: Pick<KpiPeriod, "start" | "end">,
): AcquisitionCostCounts => {
  const inside = spend.filter((s) => inPeriod(s.at, period));
  const total = (kind: AcquisitionSpend["kind"]) =>
    inside.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.amount.amountMinor, 0);
  return {
    salesSpendMinor: total("sales"),
    marketingSpendMinor: total("marketing"),
    newCustomers: base.acquiredCustomers,
  };
};

/** CAC from counts already taken, shared with LTV:CAC and the all-at-once snapshot. */
export const customerAcquisitionCostOf = (
  counts: AcquisitionCostCounts,
): KpiResult<AcquisitionCostCounts> =>
  kpiRatio(
    counts.salesSpendMinor + counts.marketingSpendMinor,
    counts.newCustomers,
    "no new customers were won in the period",
    counts,
  );

/**
 * Customer acquisition cost, CAC = (sales + marketing spend) ÷ new customers, in minor units
 * of the spend's currency. New customers are accounts whose first subscription ever started
 * in the period; a former customer won back is not an acquisition. `null` when none was won.
 *
 * @example
 * // March: 30,000.00 sales and 20,000.00 marketing spend, 4 new customers
 * customerAcquisitionCost({ customers, spend }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 1_250_000, counts: { salesSpendMinor: 3_000_000, marketingSpendMinor: 2_000_000, newCustomers: 4 } })
 */
export const customerAcquisitionCost = (
  data: AcquisitionDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<AcquisitionCostCounts>, InvalidInput> => {
  const args = readKpiArguments(AcquisitionData, "acquisition data", data, period, config);
  if (!args.ok) return args;
  const { data: d, period: p } = args.value;
  return ok(
    customerAcquisitionCostOf(acquisitionCostCountsOf(d.spend, customerBase(d.customers, p), p)),
  );
};
