import { describe, expect, it } from "vitest";
import { aSpend, aSubscription } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import { customerAcquisitionCost } from "./customerAcquisitionCost";

const d = (iso: string) => new Date(`${iso}Z`);
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00") };
const config = defaultConfig();

describe("customer acquisition cost", () => {
  const spend = [
    aSpend({ kind: "sales", amount: eur(3_000_000) }),
    aSpend({ kind: "marketing", amount: eur(2_000_000) }),
  ];

  it("divides (3_000_000 + 2_000_000) by 4 new customers: 1_250_000 each", () => {
    const customers = [1, 2, 3, 4].map((day) =>
      aSubscription({ startedAt: d(`2026-03-0${day}T00:00:00`) }),
    );
    expect(customerAcquisitionCost({ customers, spend }, march, config)).toEqual({
      ok: true,
      value: {
        value: 1_250_000,
        counts: { salesSpendMinor: 3_000_000, marketingSpendMinor: 2_000_000, newCustomers: 4 },
      },
    });
  });

  it("does not count a former customer won back as acquired", () => {
    const customers = [
      aSubscription({
        accountId: "back",
        startedAt: d("2024-01-01T00:00:00"),
        churnedAt: d("2025-01-01T00:00:00"),
      }),
      aSubscription({ accountId: "back", startedAt: d("2026-03-10T00:00:00") }),
      aSubscription({ startedAt: d("2026-03-10T00:00:00") }),
    ];
    const result = customerAcquisitionCost({ customers, spend }, march, config);
    expect(result.ok && result.value.counts.newCustomers).toBe(1);
  });

  it("is undefined when no customer was won", () => {
    const result = customerAcquisitionCost({ customers: [aSubscription()], spend }, march, config);
    expect(result.ok && result.value.reason).toBe("no new customers were won in the period");
  });

  it("refuses spend in two currencies", () => {
    const result = customerAcquisitionCost(
      { customers: [], spend: [...spend, aSpend({ amount: { amountMinor: 1, currency: "USD" } })] },
      march,
      config,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("spend[2].amount.currency: is in USD");
  });

  it("refuses an unknown kind of spend, naming the kinds", () => {
    const result = customerAcquisitionCost(
      { customers: [], spend: [{ ...aSpend(), kind: "travel" as never }] },
      march,
      config,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain(
        "unknown spend kind 'travel'; use one of sales, marketing",
      );
  });
});
