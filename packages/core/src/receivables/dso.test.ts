import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anythingOr, aReceivable, isResultShaped, someMalformedConfigs } from "../../test/builders";
import { type Config, defaultConfig } from "../index";
import { dso } from "./dso";

const config = defaultConfig();
const q1 = {
  start: new Date("2026-01-01T00:00:00Z"),
  end: new Date("2026-04-01T00:00:00Z"),
  timeZone: "UTC",
};
const invoiced = (iso: string, amountMinor: number, paidMinor = 0, currency = "EUR") =>
  aReceivable({
    amount: { amountMinor, currency },
    paidMinor,
    invoiceDate: new Date(iso),
    dueDate: new Date(iso),
  });

describe("days sales outstanding", () => {
  it("is AR ÷ credit sales × days in the period", () => {
    // 1,000.00 invoiced in a 90-day quarter, 500.00 still open: 500 ÷ 1,000 × 90 = 45 days
    const result = dso(
      {
        receivables: [
          invoiced("2026-01-15T00:00:00Z", 60_000, 10_000),
          invoiced("2026-03-01T00:00:00Z", 40_000, 40_000),
        ],
        period: q1,
        currency: "EUR",
      },
      config,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        value: 45,
        counts: {
          accountsReceivableMinor: 50_000,
          creditSalesMinor: 100_000,
          daysInPeriod: 90,
          openReceivables: 1,
          invoicedInPeriod: 2,
        },
      },
    });
  });

  it("counts in AR what is still open from earlier periods, but not later invoices", () => {
    // AR 500 + 200 from December = 700; sales 1,000; 700 ÷ 1,000 × 90 = 63 days
    const result = dso(
      {
        receivables: [
          invoiced("2025-12-10T00:00:00Z", 20_000),
          invoiced("2026-02-01T00:00:00Z", 100_000, 50_000),
          invoiced("2026-04-01T00:00:00Z", 999_000),
        ],
        period: q1,
        currency: "EUR",
      },
      config,
    );
    expect(result.ok && result.value.value).toBe(63);
  });

  it("ignores receivables in other currencies", () => {
    const result = dso(
      {
        receivables: [
          invoiced("2026-02-01T00:00:00Z", 100_000, 50_000),
          invoiced("2026-02-01T00:00:00Z", 100_000, 0, "USD"),
        ],
        period: q1,
        currency: "EUR",
      },
      config,
    );
    expect(result.ok && result.value.value).toBe(45);
  });

  it("counts days in the period's time zone", () => {
    // Q1 in Berlin: 90 calendar days even though the clocks went forward on 29 March
    const berlin = {
      start: new Date("2025-12-31T23:00:00Z"),
      end: new Date("2026-03-31T22:00:00Z"),
      timeZone: "Europe/Berlin",
    };
    const result = dso(
      {
        receivables: [invoiced("2026-02-01T00:00:00Z", 100_000, 50_000)],
        period: berlin,
        currency: "EUR",
      },
      config,
    );
    expect(result.ok && result.value.counts.daysInPeriod).toBe(90);
  });

  it("is null with a reason when nothing was invoiced in the period", () => {
    const result = dso(
      { receivables: [invoiced("2025-12-10T00:00:00Z", 20_000)], period: q1, currency: "EUR" },
      config,
    );
    expect(result.ok && result.value.value).toBeNull();
    expect(result.ok && result.value.reason).toBe(
      "nothing was invoiced in EUR in the period, so there are no credit sales to divide by",
    );
    expect(result.ok && result.value.counts.accountsReceivableMinor).toBe(20_000);
  });

  it("is null with a reason for a period shorter than a calendar day", () => {
    const hours = {
      start: new Date("2026-02-01T00:00:00Z"),
      end: new Date("2026-02-01T06:00:00Z"),
      timeZone: "UTC",
    };
    const result = dso(
      { receivables: [invoiced("2026-02-01T01:00:00Z", 1_000)], period: hours, currency: "EUR" },
      config,
    );
    expect(result.ok && result.value.reason).toBe("the period is shorter than one calendar day");
  });

  it("refuses a period that ends before it starts, a bad currency, or a bad configuration", () => {
    const code = (r: ReturnType<typeof dso>) => (r.ok ? "ok" : r.error.code);
    expect(
      code(dso({ receivables: [], period: { ...q1, end: q1.start }, currency: "EUR" }, config)),
    ).toBe("invalid_input");
    expect(code(dso({ receivables: [], period: q1, currency: "euro" }, config))).toBe(
      "invalid_input",
    );
    for (const bad of someMalformedConfigs())
      expect(code(dso({ receivables: [], period: q1, currency: "EUR" }, bad as Config))).toBe(
        "invalid_input",
      );
  });

  it("is never NaN or Infinity and never throws", () => {
    fc.assert(
      fc.property(
        anythingOr([invoiced("2026-02-01T00:00:00Z", 100_000, 50_000)]),
        anythingOr(q1),
        anythingOr("EUR"),
        anythingOr(config),
        (receivables, period, currency, cfg) => {
          const result = dso({ receivables, period, currency } as never, cfg as Config);
          return (
            isResultShaped(result) &&
            (!result.ok || result.value.value === null || Number.isFinite(result.value.value))
          );
        },
      ),
    );
  });
});
