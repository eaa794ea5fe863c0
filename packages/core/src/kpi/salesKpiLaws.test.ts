import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aLeadFact,
  anythingOr,
  aUser,
  isResultShaped,
  someMalformedConfigs,
} from "../../test/builders";
import { defaultConfig } from "../config/config";
import { ACTIVITY_KINDS } from "../entities/activity";
import { DEFAULT_PIPELINE } from "../funnel/pipelineConfig";
import { campaignEffectiveness } from "./campaignEffectiveness";
import { kpiBreakdown } from "./kpiBreakdown";
import { KPI_BREAKDOWN_DIMENSIONS } from "./kpiGroupKeys";
import { kpiSnapshot } from "./kpiSnapshot";
import type { KpiActivity, KpiDeal, LeadFact, SalesKpiData } from "./salesKpiData";
import { SALES_KPIS, type SalesKpiName, salesKpi } from "./salesKpis";
import { winRateByCount } from "./winRate";

const config = defaultConfig();
const DAY = 86_400_000;
const ORIGIN = Date.UTC(2026, 0, 1);
const period = { start: new Date(ORIGIN + 30 * DAY), end: new Date(ORIGIN + 60 * DAY) };
const previous = { start: new Date(ORIGIN), end: new Date(ORIGIN + 30 * DAY) };
const USERS = [
  aUser({ id: "user-ada", teamId: "team-sales" }),
  aUser({ id: "user-bo", teamId: "team-sales" }),
  aUser({ id: "user-mia", roles: ["marketing"], teamId: "team-mkt" }),
];
const ACTORS = ["user-ada", "user-bo", "user-mia", "automation"];

const anInstant = fc.integer({ min: 0, max: 90 * DAY }).map((ms) => new Date(ORIGIN + ms));
const laterBy = (at: Date, ms: number) => new Date(at.getTime() + ms);

const aDealRow = (i: number) =>
  fc
    .record({
      stage: fc.constantFrom(...DEFAULT_PIPELINE.map((s) => s.id)),
      amountMinor: fc.integer({ min: 0, max: 1_000_000_000 }),
      createdAt: anInstant,
      openFor: fc.integer({ min: 0, max: 60 * DAY }),
      ownerId: fc.constantFrom(...ACTORS),
      history: fc.array(
        fc.tuple(fc.constantFrom("prospecting", "proposal", "closed_won"), anInstant),
        {
          maxLength: 3,
        },
      ),
    })
    .map((d): KpiDeal => {
      const outcome = DEFAULT_PIPELINE.find((s) => s.id === d.stage)?.outcome;
      return {
        id: `deal-${i}`,
        ownerId: d.ownerId,
        stage: d.stage,
        amount: { amountMinor: d.amountMinor, currency: "EUR" },
        createdAt: d.createdAt,
        closedAt: outcome === "open" ? null : laterBy(d.createdAt, d.openFor),
        stageHistory: d.history.map(([stage, at]) => ({ stage, at })),
      };
    });

const anActivityRow = (i: number, dealCount: number) =>
  fc
    .record({
      kind: fc.constantFrom(...ACTIVITY_KINDS),
      actorId: fc.constantFrom(...ACTORS),
      occurredAt: anInstant,
      deal: fc.option(fc.nat({ max: Math.max(0, dealCount - 1) }), { nil: null }),
      lead: fc.option(fc.nat({ max: 9 }), { nil: null }),
    })
    .map(
      (a): KpiActivity => ({
        id: `act-${i}`,
        kind: a.kind,
        actorId: a.actorId,
        occurredAt: a.occurredAt,
        dealId: a.deal === null || dealCount === 0 ? null : `deal-${a.deal}`,
        leadId: a.lead === null ? null : `lead-${a.lead}`,
        accountId: "acct-acme",
      }),
    );

const aLeadRow = (i: number, dealCount: number) =>
  fc
    .record({
      createdAt: anInstant,
      reached: fc.array(fc.option(fc.integer({ min: 0, max: 20 * DAY }), { nil: null }), {
        minLength: 5,
        maxLength: 5,
      }),
      source: fc.option(fc.constantFrom("webinar", "ads"), { nil: null }),
      campaignId: fc.option(fc.constantFrom("cmp-a", "cmp-b"), { nil: undefined }),
      deal: fc.option(fc.nat({ max: Math.max(0, dealCount - 1) }), { nil: null }),
    })
    .map((l): LeadFact => {
      const [mql, sql, opportunity, customer, touch] = l.reached.map((ms) =>
        ms === null || ms === undefined ? null : laterBy(l.createdAt, ms),
      );
      return aLeadFact({
        id: `lead-${i}`,
        createdAt: l.createdAt,
        mqlAt: mql ?? null,
        sqlAt: sql ?? null,
        opportunityAt: opportunity ?? null,
        customerAt: customer ?? null,
        firstTouchAt: touch ?? null,
        source: l.source,
        campaignId: l.campaignId,
        ownerId: "user-ada",
        dealId: l.deal === null || dealCount === 0 ? null : `deal-${l.deal}`,
      });
    });

const someSalesData: fc.Arbitrary<SalesKpiData> = fc
  .nat({ max: 12 })
  .chain((dealCount) =>
    fc.record({
      deals: fc.tuple(...Array.from({ length: dealCount }, (_, i) => aDealRow(i))),
      activities: fc
        .nat({ max: 25 })
        .chain((n) =>
          fc.tuple(...Array.from({ length: n }, (_, i) => anActivityRow(i, dealCount))),
        ),
      leads: fc
        .nat({ max: 10 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => aLeadRow(i, dealCount)))),
      costs: fc.array(
        fc.record({
          campaignId: fc.constantFrom("cmp-a", "cmp-b"),
          at: anInstant,
          cost: fc
            .integer({ min: 0, max: 1_000_000 })
            .map((m) => ({ amountMinor: m, currency: "EUR" })),
        }),
        { maxLength: 3 },
      ),
      quota: fc.integer({ min: 0, max: 2_000_000_000 }),
      asOf: fc.option(anInstant, { nil: undefined }),
    }),
  )
  .map((d) => ({
    deals: d.deals,
    activities: d.activities,
    leads: d.leads,
    users: USERS,
    campaignCosts: d.costs,
    quotas: [{ userId: "user-ada", ...period, amount: { amountMinor: d.quota, currency: "EUR" } }],
    ...(d.asOf ? { asOf: d.asOf } : {}),
  }));

const kpiValueOf = (name: SalesKpiName, data: SalesKpiData, p: typeof period) => {
  const result = salesKpi(name, data, p, config);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.value;
};

describe("sales KPI laws", () => {
  it("keeps the win rate between 0 and 1, or null with a reason", () => {
    fc.assert(
      fc.property(someSalesData, (data) => {
        const result = winRateByCount(data, period, config);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { value, reason } = result.value;
        if (value === null) expect(reason).toMatch(/closed/);
        else expect(value >= 0 && value <= 1).toBe(true);
      }),
    );
  });

  it("never gives NaN or Infinity, in values, counts or changes", () => {
    fc.assert(
      fc.property(someSalesData, (data) => {
        const snapshot = kpiSnapshot(data, period, previous, config);
        expect(snapshot.ok).toBe(true);
        if (!snapshot.ok) return;
        for (const change of Object.values(snapshot.value.sales)) {
          for (const result of [change.current, change.previous]) {
            if (result.value === null) expect(result.reason.length).toBeGreaterThan(0);
            else expect(Number.isFinite(result.value)).toBe(true);
            for (const count of Object.values(result.counts)) {
              expect(Number.isFinite(count)).toBe(true);
            }
          }
          for (const delta of [change.absoluteChange, change.relativeChange]) {
            if (delta !== null) expect(Number.isFinite(delta)).toBe(true);
          }
          if (change.relativeChange === null) expect(change.changeReason).not.toBeNull();
        }
      }),
    );
  });

  it("adds up a period's additive KPIs from its two halves", () => {
    const middle = new Date((period.start.getTime() + period.end.getTime()) / 2);
    const first = { start: period.start, end: middle };
    const second = { start: middle, end: period.end };
    const additive: SalesKpiName[] = [
      "deals_won",
      "won_amount",
      "activities_logged",
      "pipeline_created",
      "leads_created",
    ];
    fc.assert(
      fc.property(someSalesData, (data) => {
        for (const name of additive) {
          const whole = kpiValueOf(name, data, period) ?? Number.NaN;
          const halves =
            (kpiValueOf(name, data, first) ?? Number.NaN) +
            (kpiValueOf(name, data, second) ?? Number.NaN);
          expect(whole).toBe(halves);
        }
      }),
    );
  });

  it("gives in the snapshot exactly what each KPI function gives, in both periods", () => {
    fc.assert(
      fc.property(someSalesData, (data) => {
        const snapshot = kpiSnapshot(data, period, previous, config);
        expect(snapshot.ok).toBe(true);
        if (!snapshot.ok) return;
        for (const name of SALES_KPIS) {
          expect(snapshot.value.sales[name].current).toEqual(
            (salesKpi(name, data, period, config) as { value: unknown }).value,
          );
          expect(snapshot.value.sales[name].previous).toEqual(
            (salesKpi(name, data, previous, config) as { value: unknown }).value,
          );
        }
      }),
      { numRuns: 50 },
    );
  });

  it("splits a count over the groups of any breakdown without losing any", () => {
    fc.assert(
      fc.property(someSalesData, fc.constantFrom(...KPI_BREAKDOWN_DIMENSIONS), (data, by) => {
        for (const name of ["deals_won", "activities_logged", "leads_created"] as const) {
          const rows = kpiBreakdown(name, data, period, by, config);
          expect(rows.ok).toBe(true);
          if (!rows.ok) return;
          const sum = rows.value.reduce((s, r) => s + (r.result.value ?? 0), 0);
          expect(sum).toBe(kpiValueOf(name, data, period));
        }
      }),
      { numRuns: 50 },
    );
  });

  it("never throws, whatever it is handed", () => {
    const data: SalesKpiData = { deals: [], activities: [], leads: [] };
    fc.assert(
      fc.property(
        anythingOr(data),
        anythingOr(period),
        anythingOr(previous),
        anythingOr(config),
        fc.constantFrom(...SALES_KPIS, "wn_rate"),
        fc.constantFrom(...KPI_BREAKDOWN_DIMENSIONS, "planet"),
        (d, p, q, c, name, by) => {
          const calls = [
            () =>
              salesKpi(
                name as SalesKpiName,
                d as SalesKpiData,
                p as typeof period,
                c as typeof config,
              ),
            () =>
              kpiSnapshot(
                d as SalesKpiData,
                p as typeof period,
                q as typeof period,
                c as typeof config,
              ),
            () =>
              kpiBreakdown(
                name as SalesKpiName,
                d as SalesKpiData,
                p as typeof period,
                by as "rep",
                c as typeof config,
              ),
            () => campaignEffectiveness(d as SalesKpiData, p as typeof period, c as typeof config),
          ];
          for (const call of calls) expect(isResultShaped(call())).toBe(true);
        },
      ),
    );
  });

  it("refuses every malformed configuration with invalid_input", () => {
    for (const bad of someMalformedConfigs()) {
      const result = salesKpi(
        "deals_won",
        { deals: [], activities: [], leads: [] },
        period,
        bad as typeof config,
      );
      expect(!result.ok && result.error.code).toBe("invalid_input");
    }
  });
});
