import { z } from "zod";
import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import type { KpiPeriod, KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "../kpiResult";
import { AcquisitionSpend, spendCurrencies } from "./acquisitionSpend";
import {
  type AcquisitionCostCounts,
  acquisitionCostCountsOf,
  customerAcquisitionCostOf,
} from "./customerAcquisitionCost";
import { customerBase } from "./customerBase";
import {
  customerLifetimeValueOf,
  type LifetimeValueCounts,
  lifetimeValueCountsOf,
} from "./customerLifetimeValue";
import { CustomerSubscription, subscriptionCurrencies } from "./customerSubscription";
import { requireOneCurrency } from "./oneCurrency";
import { readKpiArguments } from "./readKpiArguments";

/** Subscriptions and spend, every amount in one currency, so CLV and CAC can be divided. */
export const UnitEconomicsData = z
  .object({ customers: z.array(CustomerSubscription), spend: z.array(AcquisitionSpend) })
  .superRefine((d, ctx) =>
    requireOneCurrency([...subscriptionCurrencies(d.customers), ...spendCurrencies(d.spend)], ctx),
  );
export type UnitEconomicsDataInput = z.input<typeof UnitEconomicsData>;

/** Everything behind both CLV and CAC. */
export type LtvToCacCounts = LifetimeValueCounts & AcquisitionCostCounts;

/** LTV:CAC of checked data, for the all-at-once snapshot. */
export const ltvToCacOf = (
  data: z.output<typeof UnitEconomicsData>,
  period: KpiPeriod,
  grossMarginPercent: number,
): KpiResult<LtvToCacCounts> => {
  const base = customerBase(data.customers, period);
  const ltvCounts = lifetimeValueCountsOf(base, period, grossMarginPercent);
  const cacCounts = acquisitionCostCountsOf(data.spend, base, period);
  const counts = { ...ltvCounts, ...cacCounts };
  const clv = customerLifetimeValueOf(ltvCounts);
  const cac = customerAcquisitionCostOf(cacCounts);
  if (clv.value === null) return kpiUndefined(`CLV is not defined: ${clv.reason}`, counts);
  if (cac.value === null) return kpiUndefined(`CAC is not defined: ${cac.reason}`, counts);
  if (cac.value === 0)
    return kpiUndefined("nothing was spent on sales or marketing in the period (CAC is 0)", counts);
  return kpiValue(clv.value / cac.value, counts);
};

/**
 * LTV:CAC, customer lifetime value ÷ customer acquisition cost over the same period: how many
 * times a customer pays back what it cost to win them (3 or more is the usual health mark).
 * `null`, with the reason, when CLV or CAC is undefined or CAC is 0.
 *
 * @example
 * // CLV 32,000.00 (see customerLifetimeValue) and CAC 12,500.00 (see customerAcquisitionCost)
 * ltvToCac({ customers, spend }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 2.56, counts: { startMrrMinor: 4_000_000, newCustomers: 4, … } })
 */
export const ltvToCac = (
  data: UnitEconomicsDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<LtvToCacCounts>, InvalidInput> => {
  const args = readKpiArguments(UnitEconomicsData, "customer and spend data", data, period, config);
  if (!args.ok) return args;
  const { data: d, period: p, config: cfg } = args.value;
  return ok(ltvToCacOf(d, p, cfg.kpi.grossMarginPercent));
};
