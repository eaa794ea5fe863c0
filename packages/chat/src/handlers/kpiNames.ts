import { SALES_KPI_DEFINITIONS, SALES_KPIS, type SalesKpiName } from "@baton/core";
import { wordTable } from "../grammar/wordTable";
import type { Catalog } from "../i18n/catalog";

/** The KPIs `/kpi` shows when none is named: what a sales leader reads first. */
export const HEADLINE_KPIS: readonly SalesKpiName[] = [
  "won_amount",
  "deals_won",
  "win_rate_by_count",
  "average_deal_size",
  "pipeline_value",
  "weighted_pipeline_value",
  "sales_cycle_median_days",
  "activities_logged",
  "quota_attainment",
];

/** How a KPI's value reads: money in minor units, a ratio, days, minutes, or a count. */
export type KpiUnit = "money" | "ratio" | "multiple" | "days" | "minutes" | "count";

export const kpiUnit = (name: SalesKpiName): KpiUnit => {
  if (SALES_KPI_DEFINITIONS[name].money) return "money";
  if (name.endsWith("_days")) return "days";
  if (name.endsWith("_minutes")) return "minutes";
  if (name === "pipeline_coverage") return "multiple";
  if (name.includes("rate") || name.startsWith("quota_") || name === "campaign_roi") return "ratio";
  return "count";
};

const key = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s\-_→>]+/g, "");

/** A few names people use that are not the KPI's label. */
const ALIASES: Readonly<Record<string, SalesKpiName>> = wordTable({
  winrate: "win_rate_by_count",
  revenue: "won_amount",
  bookings: "won_amount",
  pipeline: "pipeline_value",
  coverage: "pipeline_coverage",
  quota: "quota_attainment",
  activities: "activities_logged",
  cycle: "sales_cycle_median_days",
  salescycle: "sales_cycle_median_days",
  dealsize: "average_deal_size",
  销售额: "won_amount",
  管道: "pipeline_value",
  配额: "quota_attainment",
  周期: "sales_cycle_median_days",
});

/**
 * The KPI a person named, by its id, its label in either language, or an alias.
 *
 * @example kpiNamed("win rate", catalogs) // "win_rate_by_count"
 */
export const kpiNamed = (typed: string, catalogs: readonly Catalog[]): SalesKpiName | null => {
  const wanted = key(typed);
  const alias = ALIASES[wanted];
  if (alias) return alias;
  return (
    SALES_KPIS.find(
      (name) =>
        key(name) === wanted || catalogs.some((t) => key(t.insights.kpi[name]()) === wanted),
    ) ?? null
  );
};
