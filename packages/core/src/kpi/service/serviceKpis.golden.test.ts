/**
 * A golden month worked by hand: March 2026 (UTC) for a small subscription business.
 * Every expectation is the arithmetic in the comment beside it, not a number the code produced.
 */
import { describe, expect, it } from "vitest";
import { aRating, aSpend, aSubscription, aTicket } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import { customerAcquisitionCost } from "./customerAcquisitionCost";
import { customerChurn } from "./customerChurn";
import { customerLifetimeValue } from "./customerLifetimeValue";
import { customerRetention } from "./customerRetention";
import { customerSatisfaction } from "./customerSatisfaction";
import { dataHealthKpi } from "./dataHealthKpi";
import { ltvToCac } from "./ltvToCac";
import { revenueChurn } from "./revenueChurn";
import { grossRevenueRetention, netRevenueRetention } from "./revenueRetention";
import { serviceKpis } from "./serviceKpis";
import {
  firstResponseTimeMean,
  firstResponseTimeMedian,
  timeToResolutionMean,
  timeToResolutionMedian,
} from "./ticketTimes";
import { topIssueTopics } from "./topIssueTopics";

const config = defaultConfig();
const d = (iso: string) => new Date(`${iso}Z`);
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00"), timeZone: "UTC" };
const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

// Customers (MRR in euro cents; 1_000_000 = 10,000.00 EUR a month)
const customers = [
  // A: customer since 2025, upgraded on 10 March: expansion 1_500_000 − 1_000_000 = 500_000
  aSubscription({
    accountId: "A",
    mrr: eur(1_000_000),
    mrrChanges: [{ at: d("2026-03-10T00:00:00"), mrr: eur(1_500_000) }],
  }),
  // B: downgraded on 15 March: contraction 1_000_000 − 800_000 = 200_000
  aSubscription({
    accountId: "B",
    startedAt: d("2025-06-01T00:00:00"),
    mrr: eur(1_000_000),
    mrrChanges: [{ at: d("2026-03-15T00:00:00"), mrr: eur(800_000) }],
  }),
  // C: churns on 20 March: lost, churned MRR 1_000_000
  aSubscription({
    accountId: "C",
    startedAt: d("2025-02-01T00:00:00"),
    churnedAt: d("2026-03-20T00:00:00"),
  }),
  // D: unchanged all month
  aSubscription({ accountId: "D", startedAt: d("2025-09-01T00:00:00") }),
  // I: churns at the very first instant of March, so the churn belongs to March: lost, 200_000
  aSubscription({
    accountId: "I",
    startedAt: d("2025-05-01T00:00:00"),
    churnedAt: d("2026-03-01T00:00:00"),
    mrr: eur(200_000),
  }),
  // E: new on 5 March at 500_000, stays
  aSubscription({ accountId: "E", startedAt: d("2026-03-05T00:00:00"), mrr: eur(500_000) }),
  // F: new on 8 March, gone by 25 March: acquired, but neither in S nor in E
  aSubscription({
    accountId: "F",
    startedAt: d("2026-03-08T00:00:00"),
    churnedAt: d("2026-03-25T00:00:00"),
    mrr: eur(300_000),
  }),
  // G: a customer in 2024, won back on 12 March at 700_000: new in E, not an acquisition
  aSubscription({
    accountId: "G",
    startedAt: d("2024-01-01T00:00:00"),
    churnedAt: d("2025-01-01T00:00:00"),
  }),
  aSubscription({ accountId: "G", startedAt: d("2026-03-12T00:00:00"), mrr: eur(700_000) }),
  // H: starts on 1 April, the first instant after March: not in March at all
  aSubscription({ accountId: "H", startedAt: d("2026-04-01T00:00:00") }),
];
// S = {A, B, C, D, I} = 5; E = {A, B, D, E, G} = 5; N = E \ S = {E, G} = 2; lost = {C, I} = 2
// start MRR = 4 × 1_000_000 + 200_000 = 4_200_000
// end MRR = A 1_500_000 + B 800_000 + D 1_000_000 + E 500_000 + G 700_000 = 4_500_000

const t1 = d("2026-03-02T09:00:00");
const t2 = d("2026-03-03T09:00:00");
const t3 = d("2026-03-04T09:00:00");
const tickets = [
  // answered after 10, 30 and 80 minutes; resolved after 60 and 180; one never answered
  aTicket({
    openedAt: t1,
    firstResponseAt: minutesAfter(t1, 10),
    resolvedAt: minutesAfter(t1, 60),
  }),
  aTicket({
    openedAt: t2,
    firstResponseAt: minutesAfter(t2, 30),
    resolvedAt: minutesAfter(t2, 180),
  }),
  aTicket({ openedAt: t3, firstResponseAt: minutesAfter(t3, 80), topic: "login" }),
  aTicket({ openedAt: d("2026-03-31T23:00:00") }),
  aTicket({ openedAt: d("2026-04-01T00:00:00"), topic: "login" }), // April
  // February, the period compared with: billing 1, export 1, login 1 (31 January is out)
  aTicket({ openedAt: d("2026-02-10T10:00:00") }),
  aTicket({ openedAt: d("2026-02-20T10:00:00"), topic: "export" }),
  aTicket({ openedAt: d("2026-02-01T00:00:00"), topic: "login" }),
  aTicket({ openedAt: d("2026-01-31T23:59:59"), topic: "login" }),
];

// March ratings 5, 4, 3, 1, 5: satisfied 3 of 5; the two outside March do not count
const ratings = [
  aRating({ at: d("2026-03-01T00:00:00"), score: 5 }),
  aRating({ at: d("2026-03-09T12:00:00"), score: 4 }),
  aRating({ at: d("2026-03-10T12:00:00"), score: 3 }),
  aRating({ at: d("2026-03-11T12:00:00"), score: 1 }),
  aRating({ at: d("2026-03-31T23:59:59"), score: 5 }),
  aRating({ at: d("2026-04-01T00:00:00"), score: 5 }),
  aRating({ at: d("2026-02-28T23:59:59"), score: 1 }),
];

// March spend: sales 3_000_000 + marketing 1_000_000 = 4_000_000
const spend = [
  aSpend({ at: d("2026-03-01T00:00:00"), kind: "sales", amount: eur(3_000_000) }),
  aSpend({ at: d("2026-03-15T00:00:00"), kind: "marketing", amount: eur(1_000_000) }),
  aSpend({ at: d("2026-04-01T00:00:00"), kind: "marketing", amount: eur(500_000) }),
  aSpend({ at: d("2026-02-28T00:00:00"), kind: "sales", amount: eur(200_000) }),
];

const dataHealth = { records: 200, completeAndFresh: 150, openDuplicates: 7 };
const data = { customers, tickets, ratings, spend, dataHealth };

const kpiValueOfResult = (r: { ok: boolean; value?: unknown }) =>
  r.ok ? (r.value as { value: number | null }).value : "refused";

describe("service KPIs for a golden month (March 2026)", () => {
  const all = serviceKpis(data, march, config);
  if (!all.ok) throw new Error(all.error.message);
  const { kpis } = all.value;

  it("keeps (E − N) ÷ S = (5 − 2) ÷ 5 = 0.6 of the customers it started with", () => {
    expect(kpis.customerRetention).toEqual({
      value: 0.6,
      counts: { startCustomers: 5, endCustomers: 5, newCustomers: 2, lostCustomers: 2 },
    });
  });

  it("loses 2 ÷ 5 = 0.4 of them", () => {
    expect(kpis.customerChurn.value).toBeCloseTo(0.4, 12);
  });

  it("loses 1_200_000 ÷ 4_200_000 = 2/7 of its starting MRR to churn", () => {
    expect(kpis.revenueChurn.value).toBeCloseTo(2 / 7, 12);
    expect(kpis.revenueChurn.counts).toEqual({
      startCustomers: 5,
      lostCustomers: 2,
      startMrrMinor: 4_200_000,
      expansionMrrMinor: 500_000,
      contractionMrrMinor: 200_000,
      churnedMrrMinor: 1_200_000,
    });
  });

  it("keeps (4_200_000 + 500_000 − 200_000 − 1_200_000) ÷ 4_200_000 = 11/14 of revenue net", () => {
    expect(kpis.netRevenueRetention.value).toBeCloseTo(11 / 14, 12);
  });

  it("keeps (4_200_000 − 200_000 − 1_200_000) ÷ 4_200_000 = 2/3 of revenue gross", () => {
    expect(kpis.grossRevenueRetention.value).toBeCloseTo(2 / 3, 12);
  });

  it("rates 3 of 5 ratings as satisfied: CSAT 0.6", () => {
    expect(kpis.customerSatisfaction).toEqual({ value: 0.6, counts: { ratings: 5, satisfied: 3 } });
  });

  it("answers in (10 + 30 + 80) ÷ 3 = 40 minutes on average, 30 at the median", () => {
    const counts = { ticketsOpened: 4, measured: 3, waiting: 1 };
    expect(kpis.firstResponseTimeMean).toEqual({ value: 40, counts });
    expect(kpis.firstResponseTimeMedian).toEqual({ value: 30, counts });
  });

  it("resolves in (60 + 180) ÷ 2 = 120 minutes, mean and median", () => {
    const counts = { ticketsOpened: 4, measured: 2, waiting: 2 };
    expect(kpis.timeToResolutionMean).toEqual({ value: 120, counts });
    expect(kpis.timeToResolutionMedian).toEqual({ value: 120, counts });
  });

  it("spends 4_000_000 ÷ 2 acquired customers = 2_000_000 per customer (CAC)", () => {
    expect(kpis.customerAcquisitionCost).toEqual({
      value: 2_000_000,
      counts: { salesSpendMinor: 3_000_000, marketingSpendMinor: 1_000_000, newCustomers: 2 },
    });
  });

  it("values a customer at ARPA 840_000 × 0.8 ÷ (2/7) = 2_352_000 (CLV)", () => {
    // ARPA = 4_200_000 ÷ 5 = 840_000; one month, so the monthly churn is 2/7
    expect(kpis.customerLifetimeValue.value).toBeCloseTo(2_352_000, 6);
    expect(kpis.customerLifetimeValue.counts).toMatchObject({
      grossMarginPercent: 80,
      periodMonths: 1,
    });
  });

  it("earns back 2_352_000 ÷ 2_000_000 = 1.176 times its acquisition cost (LTV:CAC)", () => {
    expect(kpis.ltvToCac.value).toBeCloseTo(1.176, 12);
  });

  it("grows customers by (5 − 5) ÷ 5 = 0 and MRR by 300_000 ÷ 4_200_000 = 1/14", () => {
    expect(kpis.customerGrowthRate).toEqual({ value: 0, counts: { startValue: 5, endValue: 5 } });
    expect(kpis.mrrGrowthRate.value).toBeCloseTo(1 / 14, 12);
  });

  it("trusts 150 ÷ 200 = 0.75 of its records, with 7 duplicate pairs open", () => {
    expect(kpis.dataHealth).toEqual({ value: 0.75, counts: dataHealth });
  });

  it("ranks billing (3, was 1: +200%), login (1, was 1: 0) and export (0, was 1: −100%)", () => {
    const { topics, ticketsOpened, previousTicketsOpened, previousPeriod } =
      all.value.topIssueTopics;
    expect({ ticketsOpened, previousTicketsOpened }).toEqual({
      ticketsOpened: 4,
      previousTicketsOpened: 3,
    });
    expect(previousPeriod).toEqual({
      start: d("2026-02-01T00:00:00"),
      end: march.start,
      timeZone: "UTC",
    });
    expect(topics.map((t) => [t.topic, t.tickets, t.previousTickets, t.change.value])).toEqual([
      ["billing", 3, 1, 2],
      ["login", 1, 1, 0],
      ["export", 0, 1, -1],
    ]);
  });

  it("gives the same values one KPI at a time as all at once", () => {
    expect(kpiValueOfResult(customerRetention(data, march, config))).toBe(
      kpis.customerRetention.value,
    );
    expect(kpiValueOfResult(customerChurn(data, march, config))).toBe(kpis.customerChurn.value);
    expect(kpiValueOfResult(revenueChurn(data, march, config))).toBe(kpis.revenueChurn.value);
    expect(kpiValueOfResult(netRevenueRetention(data, march, config))).toBe(
      kpis.netRevenueRetention.value,
    );
    expect(kpiValueOfResult(grossRevenueRetention(data, march, config))).toBe(
      kpis.grossRevenueRetention.value,
    );
    expect(kpiValueOfResult(customerSatisfaction(data, march, config))).toBe(
      kpis.customerSatisfaction.value,
    );
    expect(kpiValueOfResult(firstResponseTimeMean(data, march, config))).toBe(40);
    expect(kpiValueOfResult(firstResponseTimeMedian(data, march, config))).toBe(30);
    expect(kpiValueOfResult(timeToResolutionMean(data, march, config))).toBe(120);
    expect(kpiValueOfResult(timeToResolutionMedian(data, march, config))).toBe(120);
    expect(kpiValueOfResult(customerAcquisitionCost(data, march, config))).toBe(2_000_000);
    expect(kpiValueOfResult(customerLifetimeValue(data, march, config))).toBe(
      kpis.customerLifetimeValue.value,
    );
    expect(kpiValueOfResult(ltvToCac(data, march, config))).toBe(kpis.ltvToCac.value);
    expect(kpiValueOfResult(dataHealthKpi(dataHealth, march, config))).toBe(0.75);
    const topics = topIssueTopics(data, march, config);
    expect(topics.ok && topics.value).toEqual(all.value.topIssueTopics);
  });
});
