import type { Config } from "../config/config";
import { err, ok, type Result } from "../result";
import { CAMPAIGN_ROI, CAMPAIGN_WON_REVENUE, COST_PER_LEAD } from "./campaignKpis";
import { sortedGroups } from "./kpiBreakdown";
import type { KpiError } from "./kpiError";
import { kpiGroupKeys } from "./kpiGroupKeys";
import type { KpiPeriodInput } from "./kpiPeriod";
import type { KpiResult } from "./kpiResult";
import { LEADS_CREATED, LEADS_REACHED_MQL, LEADS_REACHED_SQL } from "./leadConversion";
import type { SalesKpiData } from "./salesKpiData";
import { readSalesKpis, resolveSalesKpi, type SalesKpiDefinition } from "./salesKpiEngine";
import type { SalesTotals } from "./salesTotals";

/** How one campaign did in the period; `campaignId` null gathers the leads of no campaign. */
export type CampaignEffectiveness = {
  readonly campaignId: string | null;
  readonly leads: KpiResult;
  readonly mqls: KpiResult;
  readonly sqls: KpiResult;
  readonly wonRevenue: KpiResult;
  readonly costPerLead: KpiResult;
  readonly roi: KpiResult;
};

const COLUMNS = {
  leads: LEADS_CREATED,
  mqls: LEADS_REACHED_MQL,
  sqls: LEADS_REACHED_SQL,
  wonRevenue: CAMPAIGN_WON_REVENUE,
  costPerLead: COST_PER_LEAD,
  roi: CAMPAIGN_ROI,
} as const satisfies Record<string, SalesKpiDefinition>;

/**
 * Per campaign: leads created in the period, how many of them reached MQL and SQL, revenue
 * won in the period from the campaign's leads, cost per lead and ROI (costs from
 * `data.campaignCosts`), in one pass over the data.
 *
 * @example campaignEffectiveness({ ...data, campaignCosts }, period, config)
 * // ok([{ campaignId: "cmp-webinar", leads: { value: 3, … }, roi: { value: 4, … }, … }, …])
 */
export const campaignEffectiveness = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<readonly CampaignEffectiveness[], KpiError> => {
  const read = readSalesKpis(data, [period], config, (context) =>
    kpiGroupKeys("campaign", context),
  );
  if (!read.ok) return read;
  const settings = read.value.config.kpi;
  const campaigns: CampaignEffectiveness[] = [];
  for (const [campaignId, slots] of sortedGroups(read.value.groups)) {
    const totals = slots[0] as SalesTotals;
    const row: Record<string, KpiResult> = {};
    for (const [column, definition] of Object.entries(COLUMNS)) {
      const result = resolveSalesKpi(definition, totals, settings);
      if (!result.ok) return err(result.error);
      row[column] = result.value;
    }
    campaigns.push({ campaignId, ...(row as Omit<CampaignEffectiveness, "campaignId">) });
  }
  return ok(campaigns);
};
