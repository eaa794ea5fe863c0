import { describe, expect, it } from "vitest";
import { aDeal, aLeadFact, anActivity, aUser } from "../../test/builders";
import { Config, defaultConfig } from "../config/config";
import { kpiBreakdown } from "./kpiBreakdown";
import { kpiChange } from "./kpiChange";
import { kpiSnapshot } from "./kpiSnapshot";
import { pipelineCoverage } from "./pipelineCoverage";
import { quotaAttainment, quotaProjected, quotaRequiredPerDay } from "./quotaAttainment";
import type { SalesKpiData } from "./salesKpiData";
import { salesKpi } from "./salesKpis";
import { speedToLeadBandNames, speedToLeadMedianMinutes } from "./speedToLead";
import { winRateByCount, winRateByValue } from "./winRate";
import { averageDealSize, wonAmount } from "./wonDeals";

const config = defaultConfig();
const march = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const february = {
  start: new Date("2026-02-01T00:00:00Z"),
  end: new Date("2026-03-01T00:00:00Z"),
};
const none = { deals: [], activities: [], leads: [] };
const wonOn = (iso: string, amountMinor: number, currency = "EUR") =>
  aDeal({
    stage: "closed_won",
    amount: { amountMinor, currency },
    createdAt: new Date("2026-03-01T09:00:00Z"),
    closedAt: new Date(iso),
  });

const refusal = (result: { ok: boolean; error?: { code: string; message: string } }) =>
  result.ok ? "accepted" : `${result.error?.code}: ${result.error?.message}`;

describe("sales KPI inputs", () => {
  it("names the row and field of a deal it cannot read", () => {
    const deals = [aDeal(), { ...aDeal(), stage: "wonn" }];
    expect(refusal(winRateByCount({ ...none, deals }, march, config))).toBe(
      "invalid_input: The KPI data is not valid — deals[1].stage: unknown pipeline stage 'wonn'; use one of prospecting, qualification, needs_analysis, proposal, negotiation, closed_won, closed_lost.",
    );
  });

  it.each([
    ["not an object", 7, "deals[0]: must be a deal object"],
    ["no id", { ...aDeal(), id: "" }, "deals[0].id"],
    ["no owner", { ...aDeal(), ownerId: 3 }, "deals[0].ownerId"],
    ["fractional cents", { ...aDeal(), amount: { amountMinor: 1.5, currency: "EUR" } }, "whole"],
    ["no money", { ...aDeal(), amount: 100 }, "must be money"],
    ["lower-case currency", { ...aDeal(), amount: { amountMinor: 1, currency: "eur" } }, "ISO"],
    ["a currency that is no text", { ...aDeal(), amount: { amountMinor: 1, currency: 9 } }, "ISO"],
    ["an invalid date", { ...aDeal(), createdAt: new Date("nope") }, "deals[0].createdAt"],
    ["a won deal without close", { ...aDeal(), stage: "closed_won" }, "needs the time it closed"],
    ["an open deal with a close", { ...aDeal(), closedAt: new Date(0) }, "open deal has no close"],
    ["a bad close", { ...aDeal(), stage: "closed_lost", closedAt: "soon" }, "closedAt"],
    [
      "a close before creation",
      { ...wonOn("2026-02-01T00:00:00Z", 1) },
      "must not be before createdAt",
    ],
    ["a bad account", { ...aDeal(), accountId: "" }, "accountId"],
    ["history not a list", { ...aDeal(), stageHistory: {} }, "stageHistory"],
    [
      "an unknown stage in history",
      { ...aDeal(), stageHistory: [{ stage: "x", at: new Date(0) }] },
      "stageHistory[0].stage",
    ],
    [
      "a bad time in history",
      { ...aDeal(), stageHistory: [{ stage: "proposal", at: 0 }] },
      "stageHistory[0].at",
    ],
  ])("refuses a deal with %s", (_what, deal, expected) => {
    expect(
      refusal(winRateByCount({ ...none, deals: [deal] } as SalesKpiData, march, config)),
    ).toContain(expected);
  });

  it.each([
    ["not an object", null, "activities[0]: must be an activity object"],
    ["no id", { ...anActivity(), id: "" }, "activities[0].id"],
    ["an unknown kind", { ...anActivity(), kind: "fax" }, "unknown activity kind 'fax'"],
    ["no actor", { ...anActivity(), actorId: null }, "activities[0].actorId"],
    ["no time", { ...anActivity(), occurredAt: "today" }, "activities[0].occurredAt"],
    ["a bad deal link", { ...anActivity(), dealId: 4 }, "activities[0].dealId"],
  ])("refuses an activity with %s", (_what, activity, expected) => {
    const data = { ...none, activities: [activity] } as SalesKpiData;
    expect(refusal(salesKpi("activities_logged", data, march, config))).toContain(expected);
  });

  it.each([
    ["not an object", "L1", "leads[0]: must be a lead object"],
    ["no id", { ...aLeadFact(), id: 1 }, "leads[0].id"],
    ["an empty source", { ...aLeadFact(), source: "" }, "leads[0].source"],
    ["no creation time", { ...aLeadFact(), createdAt: null }, "leads[0].createdAt"],
    ["a bad MQL time", { ...aLeadFact(), mqlAt: "yesterday" }, "leads[0].mqlAt"],
    [
      "a touch before it existed",
      aLeadFact({ createdAt: march.end, firstTouchAt: march.start }),
      "must not be before createdAt",
    ],
  ])("refuses a lead with %s", (_what, lead, expected) => {
    const data = { ...none, leads: [lead] } as SalesKpiData;
    expect(refusal(salesKpi("leads_created", data, march, config))).toContain(expected);
  });

  it("refuses data that is not data, a missing list, a bad period and an unknown KPI", () => {
    expect(
      refusal(salesKpi("deals_won", null as unknown as SalesKpiData, march, config)),
    ).toContain("must be the KPI data");
    expect(
      refusal(
        salesKpi("deals_won", { deals: [], leads: [] } as unknown as SalesKpiData, march, config),
      ),
    ).toContain("activities: must be a list");
    expect(
      refusal(salesKpi("deals_won", none, { start: march.end, end: march.start }, config)),
    ).toContain("the period must start before it ends");
    expect(refusal(salesKpi("wn_rate" as "deals_won", none, march, config))).toContain(
      "unknown sales KPI 'wn_rate'; use one of deals_won",
    );
    expect(refusal(kpiBreakdown("deals_won", none, march, "planet" as "rep", config))).toContain(
      "unknown breakdown 'planet'",
    );
    expect(refusal(kpiSnapshot(none, march, { start: 1 } as never, config))).toContain(
      "previous period",
    );
    expect(
      refusal(salesKpi("deals_won", { ...none, users: [{ id: "x" }] } as never, march, config)),
    ).toContain("users[0]");
  });
});

describe("money in several currencies", () => {
  const data = {
    ...none,
    deals: [wonOn("2026-03-10T00:00:00Z", 100), wonOn("2026-03-11T00:00:00Z", 200, "USD")],
  };

  it("is refused by a money KPI, naming the currencies", () => {
    const result = wonAmount(data, march, config);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "mixed_currencies",
        details: { kpi: "won amount", currencies: ["EUR", "USD"] },
      },
    });
    expect(refusal(winRateByValue(data, march, config))).toContain(
      "The win rate by value adds amounts in EUR and USD; convert them to one currency first",
    );
  });

  it("does not stop a count", () => {
    expect(winRateByCount(data, march, config)).toMatchObject({ ok: true, value: { value: 1 } });
  });

  it("leaves the snapshot's other KPIs alone and shows why the money ones are missing", () => {
    const snapshot = kpiSnapshot(data, march, february, config);
    expect(snapshot.ok && snapshot.value.currency).toBeNull();
    expect(snapshot.ok && snapshot.value.sales.deals_won.current.value).toBe(2);
    expect(snapshot.ok && snapshot.value.sales.won_amount.current.reason).toContain("EUR and USD");
  });

  it("refuses a breakdown with a mixed group", () => {
    expect(refusal(kpiBreakdown("won_amount", data, march, "rep", config))).toContain(
      "mixed_currencies",
    );
  });
});

describe("quota pace", () => {
  // Booked by 17 March 00:00 UTC: 2,000,000 + 3,000,000 + 1,000,000 = 6,000,000.
  const data: SalesKpiData = {
    ...none,
    deals: [
      wonOn("2026-03-12T09:00:00Z", 2_000_000),
      wonOn("2026-03-12T10:00:00Z", 3_000_000),
      wonOn("2026-03-16T09:00:00Z", 1_000_000),
    ],
    users: [aUser({ id: "user-ada" })],
    quotas: [
      { userId: "user-ada", ...march, amount: { amountMinor: 11_000_000, currency: "EUR" } },
    ],
    asOf: new Date("2026-03-17T00:00:00Z"),
  };

  it("projects bookings at the pace so far", () => {
    // 16 of 31 days gone: 6,000,000 ÷ 16 × 31 = 11,625,000
    expect(quotaProjected(data, march, config)).toMatchObject({
      ok: true,
      value: { value: 11_625_000 },
    });
  });

  it("spreads what is missing over the calendar days left in the viewer's time zone", () => {
    // UTC: 17–31 March, 15 days; 5,000,000 ÷ 15 = 333,333.3 → 333,334 a day.
    expect(quotaRequiredPerDay(data, march, config)).toMatchObject({
      ok: true,
      value: { value: 333_334, counts: { remainingDays: 15, remainingMinor: 5_000_000 } },
    });
    // Los Angeles: asOf is 16 March 17:00 there, the month ends 31 March 17:00: 16 days.
    const la = { ...march, timeZone: "America/Los_Angeles" };
    expect(quotaRequiredPerDay(data, la, config)).toMatchObject({
      ok: true,
      value: { value: 312_500, counts: { remainingDays: 16 } },
    });
  });

  it("says why there is no pace before the period starts, and nothing to do once quota is met", () => {
    const early = { ...data, asOf: new Date("2026-02-20T00:00:00Z") };
    expect(quotaProjected(early, march, config)).toMatchObject({
      value: { value: null, reason: "the period had not started by asOf" },
    });
    // Before the start every day of the month remains: 11,000,000 − 6,000,000 over 31 days.
    expect(quotaRequiredPerDay(early, march, config)).toMatchObject({
      value: { value: 161_291, counts: { remainingDays: 31 } },
    });
    const met = {
      ...data,
      quotas: [{ ...data.quotas?.[0], amount: { amountMinor: 5_000_000, currency: "EUR" } }],
    };
    expect(quotaRequiredPerDay(met as SalesKpiData, march, config)).toMatchObject({
      value: { value: 0 },
    });
    expect(pipelineCoverage(met as SalesKpiData, march, config)).toMatchObject({
      value: {
        value: null,
        reason: "the quota is already met, so no pipeline is needed to cover it",
      },
    });
  });

  it("has no attainment without a quota, or with a quota of 0", () => {
    const noQuota = { ...data, quotas: [] };
    expect(quotaAttainment(noQuota, march, config)).toMatchObject({
      value: { value: null, reason: "no quota was set for the period" },
    });
    expect(pipelineCoverage(noQuota, march, config)).toMatchObject({ value: { value: null } });
    expect(quotaRequiredPerDay(noQuota, march, config)).toMatchObject({ value: { value: null } });
    const zero = {
      ...data,
      quotas: [{ userId: "user-ada", ...march, amount: { amountMinor: 0, currency: "EUR" } }],
    };
    expect(quotaAttainment(zero, march, config)).toMatchObject({
      value: { value: null, reason: "the quota is 0" },
    });
  });
});

describe("undefined KPIs", () => {
  it("say why instead of dividing by zero", () => {
    expect(winRateByCount(none, march, config)).toMatchObject({
      value: { value: null, reason: "no deals were closed (won or lost) in the period" },
    });
    expect(averageDealSize(none, march, config)).toMatchObject({
      value: { value: null, reason: "no deals were won in the period" },
    });
    const freebie = { ...none, deals: [wonOn("2026-03-10T00:00:00Z", 0)] };
    expect(winRateByValue(freebie, march, config)).toMatchObject({
      value: { value: null, reason: "the deals closed in the period have no amount" },
    });
    for (const name of ["sales_cycle_mean_days", "sales_cycle_median_days"] as const) {
      expect(salesKpi(name, none, march, config)).toMatchObject({ value: { value: null } });
    }
    expect(speedToLeadMedianMinutes(none, march, config)).toMatchObject({
      value: { value: null, reason: "no leads started the speed-to-lead clock in the period" },
    });
    const untouched = { ...none, leads: [aLeadFact({ createdAt: march.start })] };
    expect(speedToLeadMedianMinutes(untouched, march, config)).toMatchObject({
      value: { value: null, reason: "none of the period's leads has had a human touch yet" },
    });
  });

  it("are null rather than inexact when a sum passes 2^53", () => {
    const huge = Number.MAX_SAFE_INTEGER;
    const data = {
      ...none,
      deals: [wonOn("2026-03-10T00:00:00Z", huge), wonOn("2026-03-11T00:00:00Z", huge)],
    };
    expect(wonAmount(data, march, config)).toMatchObject({
      value: { value: null, reason: "the total is too large to add up exactly" },
    });
  });
});

describe("speed to lead", () => {
  it("can start the clock at MQL, and counts a lead touched before it as answered at once", () => {
    const fromMql = Config.parse({ kpi: { speedToLeadFrom: "mql" } });
    const created = new Date("2026-03-02T09:00:00Z");
    const leads = [
      aLeadFact({
        createdAt: created,
        mqlAt: new Date("2026-03-03T09:00:00Z"),
        firstTouchAt: new Date("2026-03-03T09:20:00Z"),
      }),
      aLeadFact({
        createdAt: created,
        mqlAt: new Date("2026-03-04T09:00:00Z"),
        firstTouchAt: new Date("2026-03-02T10:00:00Z"),
      }),
      aLeadFact({ createdAt: created }),
    ];
    // Waits 20 and 0 minutes; the lead that never became an MQL has no clock.
    expect(speedToLeadMedianMinutes({ ...none, leads }, march, fromMql)).toMatchObject({
      value: { value: 10, counts: { leads: 2, touched: 2, band_0_5: 1, band_15_60: 1 } },
    });
  });

  it("names its bands after the configured bounds", () => {
    expect(speedToLeadBandNames([5, 15, 60])).toEqual([
      "band_0_5",
      "band_5_15",
      "band_15_60",
      "band_60_plus",
    ]);
    expect(Config.safeParse({ kpi: { speedToLeadBandsMinutes: [15, 5] } }).success).toBe(false);
  });
});

describe("change against the previous period", () => {
  const result = (value: number) => ({ value, counts: {} });
  it("is absolute and relative to the size of the previous value", () => {
    expect(kpiChange(result(-0.25), result(-0.5))).toMatchObject({
      absoluteChange: 0.25,
      relativeChange: 0.5,
      changeReason: null,
    });
  });

  it("says why there is none", () => {
    const missing = { value: null, counts: {}, reason: "no deals were won in the period" };
    expect(kpiChange(missing, result(1)).changeReason).toBe(
      "there is no value this period: no deals were won in the period",
    );
    expect(kpiChange(result(3), result(0))).toMatchObject({
      absoluteChange: 3,
      relativeChange: null,
      changeReason: "the previous value was 0, so there is no relative change",
    });
    expect(kpiChange(result(Number.MAX_VALUE), result(-Number.MAX_VALUE)).changeReason).toBe(
      "the change is too large to compute",
    );
  });
});

describe("breakdowns by region", () => {
  it("place deals by their account, activities by account or deal, leads by their own region", () => {
    const deal = aDeal({
      id: "d1",
      accountId: "acct-de",
      stage: "closed_won",
      closedAt: new Date("2026-03-05T00:00:00Z"),
      createdAt: new Date("2026-03-01T00:00:00Z"),
    });
    const data: SalesKpiData = {
      deals: [deal],
      activities: [
        anActivity({ occurredAt: new Date("2026-03-02T00:00:00Z"), accountId: null, dealId: "d1" }),
        anActivity({ occurredAt: new Date("2026-03-02T00:00:00Z"), accountId: "acct-cn" }),
        anActivity({ occurredAt: new Date("2026-03-02T00:00:00Z"), accountId: null, leadId: "l1" }),
      ],
      leads: [aLeadFact({ id: "l1", region: "apac", createdAt: new Date("2026-03-02T00:00:00Z") })],
      accounts: [
        { id: "acct-de", region: "emea" },
        { id: "acct-cn", region: "apac" },
      ],
    };
    const activities = kpiBreakdown("activities_logged", data, march, "region", config);
    expect(activities.ok && activities.value.map((r) => [r.key, r.result.value])).toEqual([
      ["apac", 2],
      ["emea", 1],
    ]);
    const bySource = kpiBreakdown("activities_logged", data, march, "source", config);
    expect(bySource.ok && bySource.value.map((r) => [r.label, r.result.value])).toEqual([
      ["Unattributed", 3],
    ]);
  });
});

describe("the snapshot with service data", () => {
  it("adds the service KPIs and their change when the service collections are given", () => {
    const service = { customers: [], tickets: [], ratings: [], spend: [] };
    const snapshot = kpiSnapshot({ ...none, service }, march, february, config);
    expect(snapshot.ok).toBe(true);
    if (!snapshot.ok) return;
    expect(snapshot.value.service?.kpis.customerSatisfaction.current.value).toBeNull();
    expect(snapshot.value.service?.kpis.customerSatisfaction.changeReason).toMatch(
      /^there is no value this period/,
    );
  });

  it("refuses service data that is not valid", () => {
    const service = { customers: "none" } as never;
    expect(refusal(kpiSnapshot({ ...none, service }, march, february, config))).toContain(
      "invalid_input",
    );
  });
});
