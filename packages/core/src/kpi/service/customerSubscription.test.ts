import { describe, expect, it } from "vitest";
import { aSubscription } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import { customerRetention } from "./customerRetention";
import { CustomerSubscription, mrrJustBefore, runsJustBefore } from "./customerSubscription";
import { revenueChurn } from "./revenueChurn";

const d = (iso: string) => new Date(`${iso}Z`);
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00") };
const parse = (over: Parameters<typeof aSubscription>[0]) =>
  CustomerSubscription.parse(aSubscription(over));

describe("a customer subscription", () => {
  const upgraded = parse({
    startedAt: d("2026-01-01T00:00:00"),
    churnedAt: d("2026-06-01T00:00:00"),
    mrr: eur(100),
    mrrChanges: [
      { at: d("2026-03-01T00:00:00"), mrr: eur(300) },
      { at: d("2026-02-01T00:00:00"), mrr: eur(200) },
    ],
  });

  it("pays its starting MRR until the first change", () => {
    expect(mrrJustBefore(upgraded, d("2026-01-15T00:00:00"))).toBe(100);
  });

  it("pays the latest change made before the moment, whatever the list order", () => {
    expect(mrrJustBefore(upgraded, d("2026-03-01T00:00:00"))).toBe(200);
    expect(mrrJustBefore(upgraded, d("2026-03-01T00:00:01"))).toBe(300);
  });

  it("pays nothing before it starts or after it churns", () => {
    expect(mrrJustBefore(upgraded, d("2026-01-01T00:00:00"))).toBe(0);
    expect(mrrJustBefore(upgraded, d("2026-06-01T00:00:01"))).toBe(0);
  });

  it("still runs at the instant it churns, since the churn belongs to the period from then", () => {
    expect(runsJustBefore(upgraded, d("2026-06-01T00:00:00"))).toBe(true);
    expect(mrrJustBefore(upgraded, d("2026-06-01T00:00:00"))).toBe(300);
  });

  it("must churn after it started", () => {
    const result = customerRetention(
      {
        customers: [
          aSubscription({
            startedAt: d("2026-03-01T00:00:00"),
            churnedAt: d("2026-03-01T00:00:00"),
          }),
        ],
      },
      march,
      defaultConfig(),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("must churn after it started");
  });

  it("counts two subscriptions of one account as one customer", () => {
    const result = customerRetention(
      { customers: [aSubscription({ accountId: "acme" }), aSubscription({ accountId: "acme" })] },
      march,
      defaultConfig(),
    );
    expect(result.ok && result.value.counts).toEqual({
      startCustomers: 1,
      endCustomers: 1,
      newCustomers: 0,
      lostCustomers: 0,
    });
  });

  it("refuses MRR in two currencies, naming the amount that differs", () => {
    const result = revenueChurn(
      {
        customers: [
          aSubscription(),
          aSubscription({
            mrrChanges: [
              { at: d("2026-03-05T00:00:00"), mrr: { amountMinor: 1, currency: "USD" } },
            ],
          }),
        ],
      },
      march,
      defaultConfig(),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("invalid_input");
      expect(result.error.message).toContain("customers[1].mrrChanges[0].mrr.currency: is in USD");
    }
  });
});
