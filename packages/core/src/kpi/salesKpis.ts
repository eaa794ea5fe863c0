import { z } from "zod";
import type { Config } from "../config/config";
import { oneOf } from "../entities/common";
import type { Result } from "../result";
import { parseInput } from "../validation";
import { ACTIVITIES_LOGGED, ACTIVITIES_PER_REP } from "./activitiesPerRep";
import { CAMPAIGN_ROI, CAMPAIGN_WON_REVENUE, COST_PER_LEAD } from "./campaignKpis";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import type { KpiResult } from "./kpiResult";
import {
  LEAD_TO_MQL_RATE,
  LEADS_CREATED,
  LEADS_REACHED_MQL,
  LEADS_REACHED_SQL,
  MQL_TO_SQL_RATE,
  OPPORTUNITY_TO_CUSTOMER_RATE,
  SQL_TO_OPPORTUNITY_RATE,
} from "./leadConversion";
import { PIPELINE_COVERAGE } from "./pipelineCoverage";
import { PIPELINE_CREATED, PIPELINE_VALUE, WEIGHTED_PIPELINE_VALUE } from "./pipelineValue";
import { QUOTA_ATTAINMENT, QUOTA_PROJECTED, QUOTA_REQUIRED_PER_DAY } from "./quotaAttainment";
import { SALES_CYCLE_MEAN_DAYS, SALES_CYCLE_MEDIAN_DAYS } from "./salesCycle";
import type { SalesKpiData } from "./salesKpiData";
import { computeSalesKpi, type SalesKpiDefinition } from "./salesKpiEngine";
import { SPEED_TO_LEAD_MEDIAN_MINUTES, SPEED_TO_LEAD_P95_MINUTES } from "./speedToLead";
import { TOUCHES_TO_CLOSE } from "./touchesToClose";
import { WIN_RATE_BY_COUNT, WIN_RATE_BY_VALUE } from "./winRate";
import { AVERAGE_DEAL_SIZE, DEALS_WON, WON_AMOUNT } from "./wonDeals";

/** Every sales and funnel KPI by name, each with its formula (DOMAIN.md §9). */
export const SALES_KPI_DEFINITIONS = {
  deals_won: DEALS_WON,
  won_amount: WON_AMOUNT,
  win_rate_by_count: WIN_RATE_BY_COUNT,
  win_rate_by_value: WIN_RATE_BY_VALUE,
  average_deal_size: AVERAGE_DEAL_SIZE,
  sales_cycle_mean_days: SALES_CYCLE_MEAN_DAYS,
  sales_cycle_median_days: SALES_CYCLE_MEDIAN_DAYS,
  activities_logged: ACTIVITIES_LOGGED,
  activities_per_rep: ACTIVITIES_PER_REP,
  touches_to_close: TOUCHES_TO_CLOSE,
  speed_to_lead_median_minutes: SPEED_TO_LEAD_MEDIAN_MINUTES,
  speed_to_lead_p95_minutes: SPEED_TO_LEAD_P95_MINUTES,
  pipeline_created: PIPELINE_CREATED,
  pipeline_value: PIPELINE_VALUE,
  weighted_pipeline_value: WEIGHTED_PIPELINE_VALUE,
  pipeline_coverage: PIPELINE_COVERAGE,
  quota_attainment: QUOTA_ATTAINMENT,
  quota_projected: QUOTA_PROJECTED,
  quota_required_per_day: QUOTA_REQUIRED_PER_DAY,
  leads_created: LEADS_CREATED,
  leads_reached_mql: LEADS_REACHED_MQL,
  leads_reached_sql: LEADS_REACHED_SQL,
  lead_to_mql_rate: LEAD_TO_MQL_RATE,
  mql_to_sql_rate: MQL_TO_SQL_RATE,
  sql_to_opportunity_rate: SQL_TO_OPPORTUNITY_RATE,
  opportunity_to_customer_rate: OPPORTUNITY_TO_CUSTOMER_RATE,
  campaign_won_revenue: CAMPAIGN_WON_REVENUE,
  cost_per_lead: COST_PER_LEAD,
  campaign_roi: CAMPAIGN_ROI,
} as const satisfies Record<string, SalesKpiDefinition>;

export type SalesKpiName = keyof typeof SALES_KPI_DEFINITIONS;
export const SALES_KPIS = Object.keys(SALES_KPI_DEFINITIONS) as readonly SalesKpiName[];
/** A sales KPI's name; an unknown one is refused with the list of names to use. */
export const SalesKpiName = z.enum(SALES_KPIS as [SalesKpiName, ...SalesKpiName[]], {
  error: oneOf("sales KPI", SALES_KPIS),
});

/**
 * Any sales KPI by name, for callers that choose the KPI at run time (a digest, a chat command).
 *
 * @example salesKpi("win_rate_by_count", data, period, config) // ok({ value: 0.666…, counts: { won: 4, lost: 2, closed: 6 } })
 * @example salesKpi("wn_rate", data, period, config).ok // false: "unknown sales KPI 'wn_rate'; use one of deals_won, …"
 */
export const salesKpi = (
  kpi: SalesKpiName,
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => {
  const name = parseInput(SalesKpiName, kpi, "KPI name");
  if (!name.ok) return name;
  return computeSalesKpi(SALES_KPI_DEFINITIONS[name.value], data, period, config);
};
