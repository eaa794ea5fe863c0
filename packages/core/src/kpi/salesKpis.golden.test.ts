import { describe, expect, it } from "vitest";
import { aDeal, aLeadFact, anActivity, aTeam, aUser } from "../../test/builders";
import { defaultConfig } from "../config/config";
import type { ActivityInput } from "../entities/activity";
import { activitiesLogged, activitiesPerRep } from "./activitiesPerRep";
import { campaignEffectiveness } from "./campaignEffectiveness";
import { campaignRoi, campaignWonRevenue, costPerLead } from "./campaignKpis";
import { kpiBreakdown } from "./kpiBreakdown";
import { kpiSnapshot } from "./kpiSnapshot";
import {
  leadsCreated,
  leadToMqlRate,
  mqlToSqlRate,
  opportunityToCustomerRate,
  sqlToOpportunityRate,
} from "./leadConversion";
import { pipelineCoverage } from "./pipelineCoverage";
import { pipelineCreated, pipelineValue, weightedPipelineValue } from "./pipelineValue";
import { quotaAttainment, quotaProjected, quotaRequiredPerDay } from "./quotaAttainment";
import { salesCycleMeanDays, salesCycleMedianDays } from "./salesCycle";
import type { SalesKpiData } from "./salesKpiData";
import { SALES_KPIS, salesKpi } from "./salesKpis";
import { speedToLeadMedianMinutes, speedToLeadP95Minutes } from "./speedToLead";
import { touchesToClose } from "./touchesToClose";
import { winRateByCount, winRateByValue } from "./winRate";
import { averageDealSize, dealsWon, wonAmount } from "./wonDeals";

/**
 * The golden dataset: March 2026 (UTC) at Baton's first customer, two reps (Ada and Bo in
 * Sales EMEA) and Mia in marketing. Every expected number below is worked out by hand in
 * the comments; amounts are euro cents.
 */
const at = (iso: string) => new Date(`2026-${iso}Z`);
const day = (md: string) => at(`${md}T09:00:00`);
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });

const march = { start: at("03-01T00:00:00"), end: at("04-01T00:00:00") };
const february = { start: at("02-01T00:00:00"), end: at("03-01T00:00:00") };
const config = defaultConfig();

const ada = aUser({ id: "user-ada", name: "Ada Rep", teamId: "team-sales" });
const bo = aUser({ id: "user-bo", name: "Bo Rep", teamId: "team-sales" });
const mia = aUser({
  id: "user-mia",
  name: "Mia Nurture",
  roles: ["marketing"],
  teamId: "team-mkt",
});
const teams = [
  aTeam({ id: "team-sales", name: "Sales EMEA" }),
  aTeam({ id: "team-mkt", name: "Marketing", function: "marketing" }),
];

const won = (id: string, ownerId: string, created: string, closed: string, amount: number) =>
  aDeal({
    id,
    ownerId,
    stage: "closed_won",
    amount: eur(amount),
    createdAt: day(created),
    closedAt: day(closed),
  });
const lost = (id: string, ownerId: string, created: string, closed: string, amount: number) =>
  aDeal({
    id,
    ownerId,
    stage: "closed_lost",
    amount: eur(amount),
    createdAt: day(created),
    closedAt: day(closed),
  });
const open = (id: string, ownerId: string, stage: string, created: string, amount: number) =>
  aDeal({ id, ownerId, stage, amount: eur(amount), createdAt: day(created) });

const deals = [
  won("D1", "user-ada", "03-02", "03-12", 2_000_000), // 10 days
  {
    ...won("D2", "user-ada", "02-20", "03-12", 3_000_000), // 20 days
    stageHistory: [
      { stage: "prospecting", at: day("02-20"), by: "user-ada" },
      { stage: "negotiation", at: day("02-27"), by: "user-ada" },
      { stage: "closed_won", at: day("03-12"), by: "user-ada" },
    ],
  },
  won("D3", "user-bo", "03-01", "03-16", 1_000_000), // 15 days
  won("D4", "user-bo", "02-23", "03-30", 2_000_000), // 35 days
  lost("D5", "user-ada", "03-03", "03-20", 1_500_000),
  lost("D6", "user-ada", "02-10", "03-10", 500_000),
  open("D7", "user-ada", "proposal", "03-10", 2_000_000),
  open("D8", "user-bo", "negotiation", "03-15", 1_000_000),
  open("D9", "user-ada", "prospecting", "02-01", 1_500_000),
  won("D10", "user-bo", "02-01", "02-20", 4_000_000),
  {
    ...won("D11", "user-ada", "03-20", "04-05", 1_000_000),
    stageHistory: [
      { stage: "prospecting", at: day("03-20"), by: "user-ada" },
      { stage: "proposal", at: day("03-25"), by: "user-ada" },
      { stage: "closed_won", at: day("04-05"), by: "user-ada" },
    ],
  },
];

const act = (id: string, kind: ActivityInput["kind"], actorId: string, when: string, on: object) =>
  anActivity({ id, kind, actorId, occurredAt: day(when), ...on });
const activities = [
  act("a1", "call", "user-ada", "03-03", { dealId: "D1" }),
  act("a2", "email", "user-ada", "03-05", { dealId: "D1" }),
  act("a3", "meeting", "user-ada", "03-10", { dealId: "D1" }),
  act("a4", "note", "user-ada", "03-11", { dealId: "D1" }), // a note is not a touch
  act("a5", "call", "user-ada", "03-13", { dealId: "D1" }), // after the close
  act("a6", "email", "user-ada", "02-25", { dealId: "D2" }), // February, still before close
  act("a7", "demo", "user-ada", "03-02", { dealId: "D2" }),
  act("a8", "call", "user-bo", "03-02", { dealId: "D3" }),
  act("a9", "call", "user-bo", "03-09", { dealId: "D3" }),
  act("a10", "meeting", "user-bo", "03-14", { dealId: "D3" }),
  act("a11", "email", "user-bo", "03-01", { dealId: "D4" }),
  act("a12", "task", "user-bo", "03-20", { dealId: "D4" }),
  act("a13", "call", "user-ada", "03-04", { dealId: "D5" }),
  act("a14", "call", "user-ada", "03-11", { dealId: "D7" }),
  act("a15", "email", "user-ada", "03-18", { dealId: "D7" }),
  act("a16", "call", "user-bo", "03-16", { dealId: "D8" }),
  act("a17", "call", "user-ada", "03-02", { leadId: "L1" }),
  act("a18", "email", "user-mia", "03-06", { leadId: "L2" }), // marketing, not a rep
  act("a19", "meeting", "user-bo", "03-20", { accountId: "acct-acme" }),
  act("a20", "call", "user-bo", "02-27", { dealId: "D4" }),
  act("a21", "call", "user-bo", "02-15", { dealId: "D10" }),
];

const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
const webinar = { source: "webinar", campaignId: "cmp-webinar" };
const ads = { source: "ads", campaignId: "cmp-ads" };
const leads = [
  aLeadFact({
    id: "L1",
    ...webinar,
    ownerId: "user-ada",
    createdAt: day("03-02"),
    mqlAt: day("03-03"),
    sqlAt: day("03-04"),
    opportunityAt: day("03-05"),
    customerAt: day("03-12"),
    firstTouchAt: minutesAfter(day("03-02"), 3),
    dealId: "D1",
  }),
  aLeadFact({
    id: "L2",
    ...webinar,
    ownerId: "user-ada",
    createdAt: day("03-04"),
    mqlAt: day("03-06"),
    sqlAt: day("03-08"),
    opportunityAt: day("03-10"),
    firstTouchAt: minutesAfter(day("03-04"), 10),
    dealId: "D7",
  }),
  aLeadFact({
    id: "L3",
    ...webinar,
    ownerId: "user-bo",
    createdAt: day("03-06"),
    mqlAt: day("03-07"),
    sqlAt: day("03-09"),
    firstTouchAt: minutesAfter(day("03-06"), 12),
  }),
  aLeadFact({
    id: "L4",
    ...ads,
    ownerId: "user-bo",
    createdAt: day("03-08"),
    mqlAt: day("03-09"),
    firstTouchAt: minutesAfter(day("03-08"), 90),
  }),
  aLeadFact({ id: "L5", source: "referral", ownerId: "user-bo", createdAt: day("03-10") }),
  aLeadFact({
    id: "L6",
    ...ads,
    ownerId: "user-bo",
    createdAt: day("03-12"),
    firstTouchAt: minutesAfter(day("03-12"), 30),
  }),
  aLeadFact({
    id: "L7",
    ...webinar,
    ownerId: "user-bo",
    createdAt: day("02-10"),
    mqlAt: day("02-11"),
    sqlAt: day("02-12"),
    opportunityAt: day("02-13"),
    customerAt: day("02-20"),
    firstTouchAt: minutesAfter(day("02-10"), 20),
    dealId: "D10",
  }),
];

const quotas = [
  { userId: "user-ada", start: march.start, end: march.end, amount: eur(6_000_000) },
  { userId: "user-bo", start: march.start, end: march.end, amount: eur(5_000_000) },
];
const campaignCosts = [
  { campaignId: "cmp-webinar", at: day("03-01"), cost: eur(400_000) },
  { campaignId: "cmp-ads", at: day("03-01"), cost: eur(600_000) },
  { campaignId: "cmp-webinar", at: day("02-01"), cost: eur(300_000) },
];

const data: SalesKpiData = {
  deals,
  activities,
  leads,
  users: [ada, bo, mia],
  teams,
  quotas,
  campaignCosts,
};

const value = (result: { ok: boolean; value?: unknown }) =>
  result.ok ? (result.value as { value: number | null }).value : "refused";

describe("sales KPIs on the golden dataset (March 2026)", () => {
  it("counts the deals won and the amount booked", () => {
    // Won with closedAt in March: D1, D2, D3, D4 (D10 closed in February, D11 in April).
    expect(value(dealsWon(data, march, config))).toBe(4);
    // 2,000,000 + 3,000,000 + 1,000,000 + 2,000,000
    expect(value(wonAmount(data, march, config))).toBe(8_000_000);
    // 8,000,000 ÷ 4
    expect(value(averageDealSize(data, march, config))).toBe(2_000_000);
  });

  it("gives the win rate by count and by value, leaving open deals out", () => {
    // Won 4, lost 2 (D5, D6): 4 ÷ 6
    expect(winRateByCount(data, march, config)).toEqual({
      ok: true,
      value: { value: 4 / 6, counts: { won: 4, lost: 2, closed: 6 } },
    });
    // Won 8,000,000 ÷ (8,000,000 + lost 1,500,000 + 500,000) = 0.8
    expect(value(winRateByValue(data, march, config))).toBe(0.8);
  });

  it("measures the sales cycle of won deals in days", () => {
    // D1 10, D2 20, D3 15, D4 35 days: mean 80 ÷ 4 = 20; median (15 + 20) ÷ 2 = 17.5
    expect(value(salesCycleMeanDays(data, march, config))).toBe(20);
    expect(value(salesCycleMedianDays(data, march, config))).toBe(17.5);
  });

  it("counts activities, and activities per active rep", () => {
    // 21 activities, 3 in February (a6, a20, a21): 18 in March.
    expect(value(activitiesLogged(data, march, config))).toBe(18);
    // Mia's email (a18) is not a rep's: 17 ÷ 2 reps
    expect(activitiesPerRep(data, march, config)).toEqual({
      ok: true,
      value: { value: 8.5, counts: { repActivities: 17, activeReps: 2 } },
    });
  });

  it("counts the touches on won deals before they closed", () => {
    // D1: a1, a2, a3 (a4 is a note, a5 after close) = 3; D2: a6, a7 = 2;
    // D3: a8, a9, a10 = 3; D4: a20, a11 (a12 is a task) = 2. 10 touches ÷ 4 won = 2.5
    expect(touchesToClose(data, march, config)).toEqual({
      ok: true,
      value: { value: 2.5, counts: { won: 4, touches: 10 } },
    });
  });

  it("times speed to lead with median, 95th percentile and bands", () => {
    // March leads L1–L6; L5 untouched; waits 3, 10, 12, 90, 30 → sorted 3, 10, 12, 30, 90.
    // Median 12; p95 is the ceil(0.95 × 5) = 5th value, 90.
    const counts = {
      leads: 6,
      touched: 5,
      untouched: 1,
      band_0_5: 1, // 3
      band_5_15: 2, // 10, 12
      band_15_60: 1, // 30
      band_60_plus: 1, // 90
    };
    expect(speedToLeadMedianMinutes(data, march, config)).toEqual({
      ok: true,
      value: { value: 12, counts },
    });
    expect(value(speedToLeadP95Minutes(data, march, config))).toBe(90);
  });

  it("values the pipeline created in the period and open at its end", () => {
    // Created in March: D1 2,000,000, D3 1,000,000, D5 1,500,000, D7 2,000,000,
    // D8 1,000,000, D11 1,000,000 = 8,500,000 over 6 deals.
    expect(pipelineCreated(data, march, config)).toEqual({
      ok: true,
      value: { value: 8_500_000, counts: { deals: 6 } },
    });
    // Open on 1 April: D7 2,000,000, D8 1,000,000, D9 1,500,000 and D11 (won on 5 April, in
    // proposal on 1 April by its history) 1,000,000 = 5,500,000.
    expect(value(pipelineValue(data, march, config))).toBe(5_500_000);
    // 60% × 2,000,000 + 80% × 1,000,000 + 10% × 1,500,000 + 60% × 1,000,000
    // = 1,200,000 + 800,000 + 150,000 + 600,000 = 2,750,000
    expect(value(weightedPipelineValue(data, march, config))).toBe(2_750_000);
  });

  it("compares pipeline and bookings with quota", () => {
    // Quota 6,000,000 + 5,000,000 = 11,000,000; booked 8,000,000 → 8 ÷ 11
    expect(value(quotaAttainment(data, march, config))).toBe(8 / 11);
    // Remaining 3,000,000; open pipeline 5,500,000 ÷ 3,000,000
    expect(value(pipelineCoverage(data, march, config))).toBe(5.5 / 3);
    // Without asOf the month is complete: the projection is what was booked.
    expect(value(quotaProjected(data, march, config))).toBe(8_000_000);
    expect(quotaRequiredPerDay(data, march, config)).toMatchObject({
      ok: true,
      value: { value: null, reason: "the period is over; no days remain" },
    });
  });

  it("follows the March lead cohort stage by stage", () => {
    // L1–L6: MQL L1–L4 (4), SQL L1–L3 (3), opportunity L1, L2 (2), customer L1 (1).
    expect(value(leadsCreated(data, march, config))).toBe(6);
    expect(value(leadToMqlRate(data, march, config))).toBe(4 / 6);
    expect(value(mqlToSqlRate(data, march, config))).toBe(3 / 4);
    expect(value(sqlToOpportunityRate(data, march, config))).toBe(2 / 3);
    expect(value(opportunityToCustomerRate(data, march, config))).toBe(1 / 2);
  });

  it("weighs campaign spend against what campaigns brought", () => {
    // Won in March from a campaign lead: D1 (L1, webinar) 2,000,000.
    expect(value(campaignWonRevenue(data, march, config))).toBe(2_000_000);
    // March spend 400,000 + 600,000 = 1,000,000 over 5 campaign leads (L1–L4, L6)
    expect(value(costPerLead(data, march, config))).toBe(200_000);
    // (2,000,000 − 1,000,000) ÷ 1,000,000
    expect(value(campaignRoi(data, march, config))).toBe(1);
  });

  it("reports each campaign's leads, MQLs, SQLs, revenue, cost per lead and ROI", () => {
    const result = campaignEffectiveness(data, march, config);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const table = result.value.map((c) => ({
      campaignId: c.campaignId,
      leads: c.leads.value,
      mqls: c.mqls.value,
      sqls: c.sqls.value,
      wonRevenue: c.wonRevenue.value,
      costPerLead: c.costPerLead.value,
      roi: c.roi.value,
    }));
    expect(table).toEqual([
      // L4, L6; 600,000 ÷ 2; (0 − 600,000) ÷ 600,000
      {
        campaignId: "cmp-ads",
        leads: 2,
        mqls: 1,
        sqls: 0,
        wonRevenue: 0,
        costPerLead: 300_000,
        roi: -1,
      },
      // L1–L3; 400,000 ÷ 3 = 133,333.3 → 133,333; (2,000,000 − 400,000) ÷ 400,000
      {
        campaignId: "cmp-webinar",
        leads: 3,
        mqls: 3,
        sqls: 3,
        wonRevenue: 2_000_000,
        costPerLead: 133_333,
        roi: 4,
      },
      // L5 (referral), and the won deals of no campaign lead
      {
        campaignId: null,
        leads: 1,
        mqls: 0,
        sqls: 0,
        wonRevenue: 0,
        costPerLead: null,
        roi: null,
      },
    ]);
  });

  it("breaks the win rate down by rep", () => {
    // Ada: won D1, D2, lost D5, D6 → 2 ÷ 4; Bo: won D3, D4 → 2 ÷ 2.
    const result = kpiBreakdown("win_rate_by_count", data, march, "rep", config);
    expect(result.ok && result.value.map((r) => [r.key, r.label, r.result.value])).toEqual([
      ["user-ada", "Ada Rep", 0.5],
      ["user-bo", "Bo Rep", 1],
      ["user-mia", "Mia Nurture", null],
    ]);
  });

  it("breaks activities per rep down by team", () => {
    // Sales EMEA: 17 ÷ 2; Marketing has no rep, so its one activity has no per-rep value.
    const result = kpiBreakdown("activities_per_rep", data, march, "team", config);
    expect(result.ok && result.value.map((r) => [r.label, r.result.value])).toEqual([
      ["Marketing", null],
      ["Sales EMEA", 8.5],
    ]);
  });

  it("breaks leads down by source", () => {
    const result = kpiBreakdown("leads_created", data, march, "source", config);
    // ads L4, L6; referral L5; webinar L1–L3; deals and activities of no lead: unattributed.
    expect(result.ok && result.value.map((r) => [r.key, r.result.value])).toEqual([
      ["ads", 2],
      ["referral", 1],
      ["webinar", 3],
      [null, 0],
    ]);
  });

  it("compares March with February in the snapshot", () => {
    const snapshot = kpiSnapshot(data, march, february, config);
    expect(snapshot.ok).toBe(true);
    if (!snapshot.ok) return;
    const { sales } = snapshot.value;
    expect(snapshot.value.currency).toBe("EUR");
    // February: D10 won, nothing lost → 1. Change 4/6 − 1 = −1/3, relative −1/3 ÷ 1.
    expect(sales.win_rate_by_count.previous.value).toBe(1);
    expect(sales.win_rate_by_count.absoluteChange).toBeCloseTo(-1 / 3, 12);
    expect(sales.win_rate_by_count.relativeChange).toBeCloseTo(-1 / 3, 12);
    // February created D2 3,000,000, D4 2,000,000, D6 500,000, D9 1,500,000, D10 4,000,000
    // = 11,000,000; March 8,500,000: −2,500,000, −2.5 ÷ 11.
    expect(sales.pipeline_created.previous.value).toBe(11_000_000);
    expect(sales.pipeline_created.absoluteChange).toBe(-2_500_000);
    expect(sales.pipeline_created.relativeChange).toBe(-2_500_000 / 11_000_000);
    // Open on 1 March: D9 (prospecting) and D2 (negotiation since 27 Feb, by its history);
    // D4 and D6 closed later with no history: stage unknown. 1,500,000 + 3,000,000;
    // weighted 150,000 + 2,400,000.
    expect(sales.pipeline_value.previous).toEqual({
      value: 4_500_000,
      counts: { openDeals: 2, stageUnknownAtEnd: 2 },
    });
    expect(sales.weighted_pipeline_value.previous.value).toBe(2_550_000);
    // No quota for February: no change to give, and the reason says why.
    expect(sales.quota_attainment.changeReason).toBe(
      "there is no value for the previous period: no quota was set for the period",
    );
    expect(snapshot.value.service).toBeNull();
  });

  it("gives in the snapshot exactly what each KPI's function gives", () => {
    const snapshot = kpiSnapshot(data, march, february, config);
    expect(snapshot.ok).toBe(true);
    if (!snapshot.ok) return;
    for (const name of SALES_KPIS) {
      expect(snapshot.value.sales[name].current).toEqual(
        (salesKpi(name, data, march, config) as { value: unknown }).value,
      );
      expect(snapshot.value.sales[name].previous).toEqual(
        (salesKpi(name, data, february, config) as { value: unknown }).value,
      );
    }
  });
});
