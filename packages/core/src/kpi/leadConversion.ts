import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiRatio, kpiValue } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { computeSalesKpi, type SalesKpiDefinition } from "./salesKpiEngine";
import type { SalesTotals } from "./salesTotals";

/** The cohort: leads created in the period. */
export const LEADS_CREATED: SalesKpiDefinition = {
  money: false,
  title: "leads created",
  compute: (t) => kpiValue(t.leads, { leads: t.leads }),
};

/** Leads of the cohort that have reached MQL (or any later stage) by now. */
export const LEADS_REACHED_MQL: SalesKpiDefinition = {
  money: false,
  title: "MQLs",
  compute: (t) => kpiValue(t.reachedMql, { leads: t.leads, mqls: t.reachedMql }),
};

/** Leads of the cohort that have reached SQL (or any later stage) by now. */
export const LEADS_REACHED_SQL: SalesKpiDefinition = {
  money: false,
  title: "SQLs",
  compute: (t) => kpiValue(t.reachedSql, { leads: t.leads, sqls: t.reachedSql }),
};

const stageRate = (
  title: string,
  from: (t: SalesTotals) => number,
  to: (t: SalesTotals) => number,
  none: string,
): SalesKpiDefinition => ({
  money: false,
  title,
  compute: (t) => kpiRatio(to(t), from(t), none, { from: from(t), to: to(t) }),
});

/** Cohort leads that reached MQL ÷ cohort leads. */
export const LEAD_TO_MQL_RATE = stageRate(
  "lead to MQL rate",
  (t) => t.leads,
  (t) => t.reachedMql,
  "no leads were created in the period",
);
/** Cohort leads that reached SQL ÷ those that reached MQL. */
export const MQL_TO_SQL_RATE = stageRate(
  "MQL to SQL rate",
  (t) => t.reachedMql,
  (t) => t.reachedSql,
  "no lead created in the period has reached MQL",
);
/** Cohort leads that reached opportunity ÷ those that reached SQL. */
export const SQL_TO_OPPORTUNITY_RATE = stageRate(
  "SQL to opportunity rate",
  (t) => t.reachedSql,
  (t) => t.reachedOpportunity,
  "no lead created in the period has reached SQL",
);
/** Cohort leads that became customers ÷ those that reached opportunity. */
export const OPPORTUNITY_TO_CUSTOMER_RATE = stageRate(
  "opportunity to customer rate",
  (t) => t.reachedOpportunity,
  (t) => t.reachedCustomer,
  "no lead created in the period has reached opportunity",
);

/**
 * How many leads were created in the period: the cohort the conversion rates follow.
 *
 * @example leadsCreated(data, period, config) // ok({ value: 6, counts: { leads: 6 } })
 */
export const leadsCreated = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(LEADS_CREATED, data, period, config);

/**
 * The share of leads created in the period that have become MQLs since. A lead that skipped a
 * stage (straight to SQL) counts as having passed it.
 *
 * @example leadToMqlRate(data, period, config) // ok({ value: 0.666…, counts: { from: 6, to: 4 } })
 */
export const leadToMqlRate = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(LEAD_TO_MQL_RATE, data, period, config);

/**
 * Of the period's leads that became MQLs, the share sales accepted as SQLs.
 *
 * @example mqlToSqlRate(data, period, config) // ok({ value: 0.75, counts: { from: 4, to: 3 } })
 */
export const mqlToSqlRate = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(MQL_TO_SQL_RATE, data, period, config);

/**
 * Of the period's leads that became SQLs, the share that became opportunities.
 *
 * @example sqlToOpportunityRate(data, period, config) // ok({ value: 0.666…, counts: { from: 3, to: 2 } })
 */
export const sqlToOpportunityRate = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(SQL_TO_OPPORTUNITY_RATE, data, period, config);

/**
 * Of the period's leads that became opportunities, the share that became customers.
 *
 * @example opportunityToCustomerRate(data, period, config) // ok({ value: 0.5, counts: { from: 2, to: 1 } })
 */
export const opportunityToCustomerRate = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> =>
  computeSalesKpi(OPPORTUNITY_TO_CUSTOMER_RATE, data, period, config);
