import type { GoalMeasure, SalesKpiName } from "@baton/core";

/** KPIs that add up over a quarter, so a goal on them is projected to the quarter's end. */
const RUNNING_TOTALS: ReadonlySet<SalesKpiName> = new Set<SalesKpiName>([
  "deals_won",
  "won_amount",
  "activities_logged",
  "pipeline_created",
  "leads_created",
  "leads_reached_mql",
  "leads_reached_sql",
  "campaign_won_revenue",
]);

/** KPIs where a smaller number is the better one. */
const LOWER_IS_BETTER: ReadonlySet<SalesKpiName> = new Set<SalesKpiName>([
  "sales_cycle_mean_days",
  "sales_cycle_median_days",
  "speed_to_lead_median_minutes",
  "speed_to_lead_p95_minutes",
  "cost_per_lead",
  "quota_required_per_day",
]);

/**
 * How a goal on a sales KPI is read when whoever set it did not say: running totals
 * (bookings, deals won) are `cumulative`, everything else (rates, averages, pipeline
 * levels) a `rate`; cycle times, speed to lead and cost per lead are lower-is-better.
 *
 * @example goalKpiDefaults("win_rate_by_count") // { measure: "rate", lowerIsBetter: false }
 */
export const goalKpiDefaults = (
  kpi: SalesKpiName,
): { readonly measure: GoalMeasure; readonly lowerIsBetter: boolean } => ({
  measure: RUNNING_TOTALS.has(kpi) ? "cumulative" : "rate",
  lowerIsBetter: LOWER_IS_BETTER.has(kpi),
});
