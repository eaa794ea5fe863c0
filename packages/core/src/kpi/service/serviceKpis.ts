import { z } from "zod";
import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import type { KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiUndefined } from "../kpiResult";
import { AcquisitionSpend, spendCurrencies } from "./acquisitionSpend";
import { acquisitionCostCountsOf, customerAcquisitionCostOf } from "./customerAcquisitionCost";
import { customerBase } from "./customerBase";
import { customerChurnOf } from "./customerChurn";
import { customerLifetimeValueOf, lifetimeValueCountsOf } from "./customerLifetimeValue";
import { customerRetentionOf } from "./customerRetention";
import { CsatRating, customerSatisfactionOf } from "./customerSatisfaction";
import { CustomerSubscription, subscriptionCurrencies } from "./customerSubscription";
import { DataHealthCounts, dataHealthKpiOf } from "./dataHealthKpi";
import { customerGrowthOf, mrrGrowthOf } from "./growthRate";
import { ltvToCacOf } from "./ltvToCac";
import { requireOneCurrency } from "./oneCurrency";
import { readKpiArguments } from "./readKpiArguments";
import { revenueChurnOf } from "./revenueChurn";
import { grossRevenueRetentionOf, netRevenueRetentionOf } from "./revenueRetention";
import { SupportTicket } from "./supportTicket";
import { ticketTimeOf } from "./ticketTimes";
import { type TopIssueTopics, topIssueTopicsOf } from "./topIssueTopics";

/**
 * Everything the service, finance and growth KPIs read. Every list is required (an empty
 * list says "there were none"), so a forgotten list is an error, not a quiet zero; the data
 * health counts may be left out, and that KPI is then `null` with the reason.
 */
export const ServiceKpiData = z
  .object({
    customers: z.array(CustomerSubscription),
    tickets: z.array(SupportTicket),
    ratings: z.array(CsatRating),
    spend: z.array(AcquisitionSpend),
    dataHealth: DataHealthCounts.optional(),
  })
  .superRefine((d, ctx) =>
    requireOneCurrency([...subscriptionCurrencies(d.customers), ...spendCurrencies(d.spend)], ctx),
  );
export type ServiceKpiData = z.infer<typeof ServiceKpiData>;
export type ServiceKpiDataInput = z.input<typeof ServiceKpiData>;

/** The names of the KPIs `serviceKpis` returns, in the order a report shows them. */
export const SERVICE_KPI_NAMES = [
  "customerRetention",
  "customerChurn",
  "revenueChurn",
  "netRevenueRetention",
  "grossRevenueRetention",
  "customerSatisfaction",
  "firstResponseTimeMean",
  "firstResponseTimeMedian",
  "timeToResolutionMean",
  "timeToResolutionMedian",
  "customerAcquisitionCost",
  "customerLifetimeValue",
  "ltvToCac",
  "customerGrowthRate",
  "mrrGrowthRate",
  "dataHealth",
] as const;
export type ServiceKpiName = (typeof SERVICE_KPI_NAMES)[number];

/** Every service KPI of a period by name, and the issue topics (a list, so kept apart). */
export type ServiceKpis = {
  readonly kpis: { readonly [K in ServiceKpiName]: KpiResult };
  readonly topIssueTopics: TopIssueTopics;
};

/**
 * Computes every service, finance and growth KPI of a period at once, from one checked data
 * set, for the KPI snapshot and digests: the same values as the single functions.
 *
 * @example
 * serviceKpis({ customers, tickets, ratings, spend }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ kpis: { customerRetention: { value: 0.75, … }, …, dataHealth: { value: null, reason: "no data health counts were given", … } },
 * //      topIssueTopics: { topics: [{ topic: "billing", tickets: 3, … }], … } })
 */
export const serviceKpis = (
  data: ServiceKpiDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<ServiceKpis, InvalidInput> => {
  const args = readKpiArguments(ServiceKpiData, "service KPI data", data, period, config);
  if (!args.ok) return args;
  const { data: d, period: p, config: cfg } = args.value;
  const base = customerBase(d.customers, p);
  const margin = cfg.kpi.grossMarginPercent;
  return ok({
    kpis: {
      customerRetention: customerRetentionOf(base),
      customerChurn: customerChurnOf(base),
      revenueChurn: revenueChurnOf(base),
      netRevenueRetention: netRevenueRetentionOf(base),
      grossRevenueRetention: grossRevenueRetentionOf(base),
      customerSatisfaction: customerSatisfactionOf(d.ratings, p),
      firstResponseTimeMean: ticketTimeOf(d.tickets, p, "first_response", "mean"),
      firstResponseTimeMedian: ticketTimeOf(d.tickets, p, "first_response", "median"),
      timeToResolutionMean: ticketTimeOf(d.tickets, p, "resolution", "mean"),
      timeToResolutionMedian: ticketTimeOf(d.tickets, p, "resolution", "median"),
      customerAcquisitionCost: customerAcquisitionCostOf(acquisitionCostCountsOf(d.spend, base, p)),
      customerLifetimeValue: customerLifetimeValueOf(lifetimeValueCountsOf(base, p, margin)),
      ltvToCac: ltvToCacOf(d, p, margin),
      customerGrowthRate: customerGrowthOf(base),
      mrrGrowthRate: mrrGrowthOf(base),
      dataHealth: d.dataHealth
        ? dataHealthKpiOf(d.dataHealth)
        : kpiUndefined("no data health counts were given", {
            records: 0,
            completeAndFresh: 0,
            openDuplicates: 0,
          }),
    },
    topIssueTopics: topIssueTopicsOf(d.tickets, p),
  });
};
