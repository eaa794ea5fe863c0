import { describe, expect, it } from "vitest";
import { aSpend, aSubscription } from "../../../test/builders";
import { defaultConfig, parseConfig } from "../../config/config";
import { customerLifetimeValue } from "./customerLifetimeValue";
import { ltvToCac } from "./ltvToCac";

const d = (iso: string) => new Date(`${iso}Z`);
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00") };
const config = defaultConfig();

// 4 customers paying 1_000_000 each on 1 March; one leaves in March
const customers = [
  aSubscription(),
  aSubscription(),
  aSubscription(),
  aSubscription({ churnedAt: d("2026-03-20T00:00:00") }),
  ...[1, 2, 3, 4].map((day) => aSubscription({ startedAt: d(`2026-03-0${day}T00:00:00`) })),
];

describe("customer lifetime value", () => {
  it("is ARPA 1_000_000 × 0.8 ÷ 0.25 monthly churn = 3_200_000", () => {
    const result = customerLifetimeValue({ customers }, march, config);
    expect(result.ok && result.value).toEqual({
      value: 3_200_000,
      counts: {
        startCustomers: 4,
        startMrrMinor: 4_000_000,
        churnedMrrMinor: 1_000_000,
        grossMarginPercent: 80,
        periodMonths: 1,
      },
    });
  });

  it("uses the company's gross margin: 50% gives 1_000_000 × 0.5 ÷ 0.25 = 2_000_000", () => {
    const half = parseConfig({ kpi: { grossMarginPercent: 50 } });
    if (!half.ok) throw new Error(half.error.message);
    const result = customerLifetimeValue({ customers }, march, half.value);
    expect(result.ok && result.value.value).toBe(2_000_000);
  });

  it("turns a quarter's churn into a monthly rate, so a quarter and a month agree", () => {
    // Q1: 0.25 churned over 3 months is 1/12 a month: 1_000_000 × 0.8 × 12 = 9_600_000
    const q1 = { start: d("2026-01-01T00:00:00"), end: d("2026-04-01T00:00:00") };
    const result = customerLifetimeValue(
      {
        customers: [
          aSubscription(),
          aSubscription(),
          aSubscription(),
          aSubscription({ churnedAt: d("2026-02-01T00:00:00") }),
        ],
      },
      q1,
      config,
    );
    expect(result.ok && result.value.value).toBeCloseTo(9_600_000, 6);
  });

  it("says why it is undefined: no customers, no MRR, or no churn", () => {
    const reason = (data: Parameters<typeof customerLifetimeValue>[0]) => {
      const result = customerLifetimeValue(data, march, config);
      return result.ok ? result.value.reason : result.error.message;
    };
    expect(reason({ customers: [] })).toBe("there were no customers at the start of the period");
    expect(reason({ customers: [aSubscription({ mrr: eur(0) })] })).toBe(
      "there was no recurring revenue (MRR) at the start of the period",
    );
    expect(reason({ customers: [aSubscription()] })).toBe(
      "no recurring revenue was lost to churn in the period, so the expected customer lifetime has no end",
    );
  });
});

describe("LTV:CAC", () => {
  const spend = [aSpend({ kind: "sales", amount: eur(5_000_000) })];

  it("is CLV 3_200_000 ÷ CAC (5_000_000 ÷ 4 = 1_250_000) = 2.56", () => {
    const result = ltvToCac({ customers, spend }, march, config);
    expect(result.ok && result.value.value).toBeCloseTo(2.56, 12);
  });

  it("passes on why CLV or CAC is undefined", () => {
    const noChurn = ltvToCac({ customers: [aSubscription()], spend }, march, config);
    expect(noChurn.ok && noChurn.value.reason).toMatch(/^CLV is not defined: no recurring revenue/);
    const noneWon = ltvToCac({ customers: customers.slice(0, 4), spend }, march, config);
    expect(noneWon.ok && noneWon.value.reason).toBe(
      "CAC is not defined: no new customers were won in the period",
    );
  });

  it("is undefined when nothing was spent, since a free customer cannot be paid back", () => {
    const result = ltvToCac({ customers, spend: [] }, march, config);
    expect(result.ok && result.value.reason).toBe(
      "nothing was spent on sales or marketing in the period (CAC is 0)",
    );
  });

  it("refuses MRR and spend in different currencies", () => {
    const result = ltvToCac(
      { customers, spend: [aSpend({ amount: { amountMinor: 1, currency: "USD" } })] },
      march,
      config,
    );
    expect(result.ok).toBe(false);
  });
});
