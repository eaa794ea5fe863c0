import type { Config } from "../config/config";
import type { Result } from "../result";
import type { KpiError } from "./kpiError";
import type { KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { computeSalesKpi, moneyKpi, type SalesKpiDefinition } from "./salesKpiEngine";

const NO_SPEND = "no campaign spend was recorded in the period";

/** Σ amount of deals closed won in the period that came from a lead with a campaign. */
export const CAMPAIGN_WON_REVENUE: SalesKpiDefinition = {
  money: true,
  title: "campaign won revenue",
  compute: (t) => moneyKpi(t.campaignWonMinor, { won: t.campaignWonDeals }),
};

/** Campaign spend in the period ÷ leads created in the period by a campaign, rounded half up. */
export const COST_PER_LEAD: SalesKpiDefinition = {
  money: true,
  title: "cost per lead",
  compute: (t) => {
    const counts = { costMinor: t.costMinor, leads: t.campaignLeads };
    if (t.campaignLeads === 0)
      return kpiUndefined("no leads came from a campaign in the period", counts);
    return moneyKpi(Math.round(t.costMinor / t.campaignLeads), counts);
  },
};

/** (Campaign won revenue − campaign spend) ÷ campaign spend, all in the period. */
export const CAMPAIGN_ROI: SalesKpiDefinition = {
  money: true,
  title: "campaign ROI",
  compute: (t) => {
    const counts = { wonMinor: t.campaignWonMinor, costMinor: t.costMinor };
    if (t.costMinor === 0) return kpiUndefined(NO_SPEND, counts);
    return kpiValue((t.campaignWonMinor - t.costMinor) / t.costMinor, counts);
  },
};

/**
 * The revenue campaigns brought in the period: won deals whose lead came from a campaign.
 *
 * @example campaignWonRevenue(data, period, config) // ok({ value: 5_000_000, counts: { won: 2 } })
 */
export const campaignWonRevenue = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(CAMPAIGN_WON_REVENUE, data, period, config);

/**
 * What a lead from a campaign cost in the period (`data.campaignCosts`).
 *
 * @example costPerLead({ ...data, campaignCosts }, period, config) // ok({ value: 250_000, counts: { costMinor: 1_000_000, leads: 4 } })
 */
export const costPerLead = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(COST_PER_LEAD, data, period, config);

/**
 * The return on campaign spend in the period: 4 means each euro spent brought four more.
 *
 * @example campaignRoi({ ...data, campaignCosts }, period, config) // ok({ value: 4, counts: { wonMinor: 5_000_000, costMinor: 1_000_000 } })
 */
export const campaignRoi = (
  data: SalesKpiData,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult, KpiError> => computeSalesKpi(CAMPAIGN_ROI, data, period, config);
