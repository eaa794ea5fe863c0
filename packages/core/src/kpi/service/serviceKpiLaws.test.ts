import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anythingOr, anyValue, isResultShaped } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import type { KpiResult } from "../kpiResult";
import { customerAcquisitionCost } from "./customerAcquisitionCost";
import { customerChurn } from "./customerChurn";
import { customerLifetimeValue } from "./customerLifetimeValue";
import { customerRetention } from "./customerRetention";
import { customerSatisfaction } from "./customerSatisfaction";
import { dataHealthKpi } from "./dataHealthKpi";
import { growthRate } from "./growthRate";
import { ltvToCac } from "./ltvToCac";
import { revenueChurn } from "./revenueChurn";
import { grossRevenueRetention, netRevenueRetention } from "./revenueRetention";
import { SERVICE_KPI_NAMES, type ServiceKpis, serviceKpis } from "./serviceKpis";
import {
  firstResponseTimeMean,
  firstResponseTimeMedian,
  timeToResolutionMean,
  timeToResolutionMedian,
} from "./ticketTimes";
import { topIssueTopics } from "./topIssueTopics";

const config = defaultConfig();
const FROM = new Date("2025-01-01T00:00:00Z").getTime();
const TO = new Date("2027-01-01T00:00:00Z").getTime();
const HOUR = 3_600_000;

/** An instant on a whole minute between 2025 and 2027, so halves and edges are hit often. */
const anInstant = fc
  .integer({ min: FROM / 60_000, max: TO / 60_000 })
  .map((m) => new Date(m * 60_000));
const minor = fc.integer({ min: 0, max: 5_000_000 });
const eur = minor.map((amountMinor) => ({ amountMinor, currency: "EUR" }));

const aSubscription = fc
  .record({
    accountId: fc.constantFrom("a", "b", "c", "d", "e", "f"),
    startedAt: anInstant,
    lifetimeHours: fc.option(fc.integer({ min: 1, max: 24 * 400 }), { nil: null }),
    mrr: eur,
    mrrChanges: fc.array(fc.record({ at: anInstant, mrr: eur }), { maxLength: 3 }),
  })
  .map(({ lifetimeHours, ...s }) => ({
    ...s,
    churnedAt:
      lifetimeHours === null ? null : new Date(s.startedAt.getTime() + lifetimeHours * HOUR),
  }));

const aTicket = fc
  .record({
    id: fc.uuid(),
    openedAt: anInstant,
    responseMinutes: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
    resolutionMinutes: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
    topic: fc.constantFrom("billing", "login", "export", "api"),
  })
  .map(({ responseMinutes, resolutionMinutes, ...t }) => ({
    ...t,
    firstResponseAt:
      responseMinutes === null ? null : new Date(t.openedAt.getTime() + responseMinutes * 60_000),
    resolvedAt:
      resolutionMinutes === null
        ? null
        : new Date(t.openedAt.getTime() + resolutionMinutes * 60_000),
  }));

const aData = fc.record({
  customers: fc.array(aSubscription, { maxLength: 12 }),
  tickets: fc.array(aTicket, { maxLength: 12 }),
  ratings: fc.array(fc.record({ at: anInstant, score: fc.integer({ min: 1, max: 5 }) }), {
    maxLength: 12,
  }),
  spend: fc.array(
    fc.record({ at: anInstant, kind: fc.constantFrom("sales", "marketing"), amount: eur }),
    { maxLength: 6 },
  ),
  dataHealth: fc.option(
    fc
      .record({
        records: fc.nat(1000),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        openDuplicates: fc.nat(50),
      })
      .map(({ records, share, openDuplicates }) => ({
        records,
        completeAndFresh: Math.floor(records * share),
        openDuplicates,
      })),
    { nil: undefined },
  ),
});

const aPeriod = fc
  .tuple(anInstant, fc.integer({ min: 1, max: 24 * 120 }))
  .map(([start, hours]) => ({
    start,
    end: new Date(start.getTime() + hours * HOUR),
    timeZone: "UTC",
  }));

const kpisOf = (data: unknown, period: unknown): ServiceKpis => {
  const result = serviceKpis(data as never, period as never, config);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const isWellFormed = (r: KpiResult) =>
  (r.value === null
    ? typeof r.reason === "string" && r.reason.length > 0
    : Number.isFinite(r.value) && r.reason === undefined) &&
  Object.values(r.counts).every(Number.isFinite);

describe("service KPI laws", () => {
  it("every KPI is a finite number, or null with a reason, for any data", () => {
    fc.assert(
      fc.property(aData, aPeriod, (data, period) => {
        const { kpis, topIssueTopics: topics } = kpisOf(data, period);
        for (const name of SERVICE_KPI_NAMES) expect(isWellFormed(kpis[name])).toBe(true);
        for (const t of topics.topics) expect(isWellFormed(t.change)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("retention and churn lie in [0, 1] and add up to 1", () => {
    fc.assert(
      fc.property(aData, aPeriod, (data, period) => {
        const { customerRetention: kept, customerChurn: lost } = kpisOf(data, period).kpis;
        if (kept.value === null || lost.value === null) {
          expect(kept.value).toBeNull();
          expect(lost.value).toBeNull();
          return;
        }
        expect(kept.value).toBeGreaterThanOrEqual(0);
        expect(kept.value).toBeLessThanOrEqual(1);
        expect(lost.value).toBeGreaterThanOrEqual(0);
        expect(lost.value).toBeLessThanOrEqual(1);
        expect(kept.value + lost.value).toBeCloseTo(1, 12);
      }),
      { numRuns: 300 },
    );
  });

  it("revenue churn and GRR lie in [0, 1], NRR is never negative and never below GRR", () => {
    fc.assert(
      fc.property(aData, aPeriod, (data, period) => {
        const {
          revenueChurn: churn,
          grossRevenueRetention: grr,
          netRevenueRetention: nrr,
        } = kpisOf(data, period).kpis;
        for (const r of [churn, grr]) {
          if (r.value === null) continue;
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (nrr.value !== null && grr.value !== null) {
          expect(nrr.value).toBeGreaterThanOrEqual(0);
          expect(nrr.value).toBeGreaterThanOrEqual(grr.value - 1e-12);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the additive counts of a period are the sums over its two halves", () => {
    fc.assert(
      fc.property(
        aData,
        aPeriod,
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (data, period, at) => {
          const cut = new Date(
            period.start.getTime() +
              Math.max(1, Math.floor((period.end.getTime() - period.start.getTime()) * at)),
          );
          if (cut.getTime() >= period.end.getTime()) return;
          const whole = kpisOf(data, period);
          const first = kpisOf(data, { ...period, end: cut });
          const second = kpisOf(data, { ...period, start: cut });
          const additive = [
            ["customerSatisfaction", "ratings"],
            ["customerSatisfaction", "satisfied"],
            ["firstResponseTimeMean", "ticketsOpened"],
            ["firstResponseTimeMean", "measured"],
            ["timeToResolutionMean", "measured"],
            ["customerAcquisitionCost", "salesSpendMinor"],
            ["customerAcquisitionCost", "marketingSpendMinor"],
            ["customerAcquisitionCost", "newCustomers"],
          ] as const;
          for (const [kpi, count] of additive) {
            const counts = (k: ServiceKpis) => k.kpis[kpi].counts[count] ?? Number.NaN;
            expect(counts(first) + counts(second)).toBe(counts(whole));
          }
          const topicCount = (k: ServiceKpis, topic: string) =>
            k.topIssueTopics.topics.find((t) => t.topic === topic)?.tickets ?? 0;
          for (const topic of ["billing", "login", "export", "api"])
            expect(topicCount(first, topic) + topicCount(second, topic)).toBe(
              topicCount(whole, topic),
            );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the generated cases reach defined values of every customer KPI, so the laws are not vacuous", () => {
    const defined = new Set<string>();
    for (const [data, period] of fc.sample(fc.tuple(aData, aPeriod), { numRuns: 500, seed: 11 })) {
      const { kpis } = kpisOf(data, period);
      for (const name of SERVICE_KPI_NAMES) if (kpis[name].value !== null) defined.add(name);
    }
    expect([...defined].sort()).toEqual([...SERVICE_KPI_NAMES].sort());
  });

  describe("for any input at all", () => {
    const period = {
      start: new Date("2026-03-01T00:00:00Z"),
      end: new Date("2026-04-01T00:00:00Z"),
    };
    const valid = {
      customers: [
        {
          accountId: "a",
          startedAt: new Date("2025-01-01T00:00:00Z"),
          mrr: { amountMinor: 100, currency: "EUR" },
        },
      ],
      tickets: [{ id: "t", openedAt: period.start, topic: "billing" }],
      ratings: [{ at: period.start, score: 4 }],
      spend: [{ at: period.start, kind: "sales", amount: { amountMinor: 100, currency: "EUR" } }],
      series: [{ at: period.start, value: 1 }],
    };
    const health = { records: 2, completeAndFresh: 1, openDuplicates: 0 };
    const kpiFunctions = {
      customerRetention,
      customerChurn,
      revenueChurn,
      netRevenueRetention,
      grossRevenueRetention,
      customerSatisfaction,
      firstResponseTimeMean,
      firstResponseTimeMedian,
      timeToResolutionMean,
      timeToResolutionMedian,
      customerAcquisitionCost,
      customerLifetimeValue,
      ltvToCac,
      growthRate,
      topIssueTopics,
      serviceKpis,
      dataHealthKpi: (data: unknown, p: unknown, c: unknown) =>
        dataHealthKpi(data as never, p as never, c as never),
    } as const;
    type Name = keyof typeof kpiFunctions;
    const call = (name: Name, data: unknown, p: unknown, c: unknown) =>
      (kpiFunctions[name] as (d: unknown, p: unknown, c: unknown) => unknown)(data, p, c);
    const validData = (name: Name) => (name === "dataHealthKpi" ? health : valid);
    const names = Object.keys(kpiFunctions) as Name[];

    it("the valid calls succeed, so the replacements below reach the checks", () => {
      for (const name of names)
        expect(call(name, validData(name), period, config)).toMatchObject({ ok: true });
    });

    it("every KPI returns a Result, never throws, whatever it is handed", () => {
      fc.assert(
        fc.property(
          fc
            .constantFrom(...names)
            .chain((name) =>
              fc.tuple(
                fc.constant(name),
                anythingOr(validData(name)),
                anythingOr(period),
                anythingOr(config),
              ),
            ),
          ([name, data, p, c]) => {
            const result = call(name, data, p, c);
            expect(isResultShaped(result)).toBe(true);
          },
        ),
        { numRuns: 1000 },
      );
    });

    it("every KPI returns a Result when one field of a valid row is anything", () => {
      const place = fc.constantFrom(
        ...(
          Object.entries(valid) as [keyof typeof valid, readonly Record<string, unknown>[]][]
        ).flatMap(([list, rows]) => Object.keys(rows[0] ?? {}).map((key) => [list, key] as const)),
        ...(["records", "completeAndFresh", "openDuplicates"] as const).map(
          (key) => ["health", key] as const,
        ),
      );
      fc.assert(
        fc.property(fc.constantFrom(...names), place, anyValue, (name, [list, key], value) => {
          const data =
            list === "health"
              ? { ...health, [key]: value }
              : { ...valid, [list]: [{ ...valid[list][0], [key]: value }] };
          const result = call(name, data, period, config);
          expect(isResultShaped(result)).toBe(true);
          if (typeof result === "object" && result !== null && "error" in result)
            expect(result.error).toMatchObject({ code: "invalid_input" });
        }),
        { numRuns: 1000 },
      );
    });
  });
});
