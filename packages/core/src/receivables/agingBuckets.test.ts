import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anythingOr,
  aReceivable,
  isResultShaped,
  someMalformedConfigs,
  T0,
} from "../../test/builders";
import { Config, defaultConfig } from "../index";
import { agingBuckets } from "./agingBuckets";

const config = defaultConfig();
const asOf = new Date("2026-06-30T12:00:00Z");
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
/** An open receivable due `daysBefore` calendar days before 30 June 2026. */
const dueDaysBefore = (daysBefore: number, amountMinor = 100) =>
  aReceivable({
    amount: eur(amountMinor),
    invoiceDate: new Date("2025-01-01T00:00:00Z"),
    dueDate: new Date(Date.parse("2026-06-30T08:00:00Z") - daysBefore * 86_400_000),
  });

const bucketsOf = (result: ReturnType<typeof agingBuckets>, currency = "EUR") =>
  result.ok
    ? result.value.currencies
        .find((c) => c.currency === currency)
        ?.buckets.map((b) => [b.id, b.amountMinor, b.count])
    : result.error.code;

describe("aging buckets", () => {
  it("places each open receivable by calendar days past due", () => {
    const result = agingBuckets(
      [
        dueDaysBefore(-5, 1), // due in 5 days
        dueDaysBefore(0, 2), // due today: still current
        dueDaysBefore(1, 4),
        dueDaysBefore(30, 8),
        dueDaysBefore(31, 16),
        dueDaysBefore(60, 32),
        dueDaysBefore(61, 64),
        dueDaysBefore(90, 128),
        dueDaysBefore(91, 256),
      ],
      asOf,
      "UTC",
      config,
    );
    expect(bucketsOf(result)).toEqual([
      ["current", 3, 2],
      ["1_30", 12, 2],
      ["31_60", 48, 2],
      ["61_90", 192, 2],
      ["over_90", 256, 1],
    ]);
    expect(result.ok && result.value.currencies[0]?.openMinor).toBe(511);
    expect(result.ok && result.value.currencies[0]?.count).toBe(9);
  });

  it("labels the buckets for people", () => {
    const result = agingBuckets([dueDaysBefore(1)], asOf, "UTC", config);
    expect(result.ok && result.value.currencies[0]?.buckets.map((b) => b.label)).toEqual([
      "current (not yet due)",
      "1–30 days past due",
      "31–60 days past due",
      "61–90 days past due",
      "over 90 days past due",
    ]);
  });

  it("counts days on the calendar of the time zone asked for", () => {
    // due 23:30 UTC on 30 March, asked 00:30 UTC on 31 March: a day late in London,
    // but both fall on 31 March in Shanghai, so there it is due today
    const receivable = aReceivable({ dueDate: new Date("2026-03-30T23:30:00Z") });
    const at = new Date("2026-03-31T00:30:00Z");
    expect(bucketsOf(agingBuckets([receivable], at, "UTC", config))?.[1]).toEqual([
      "1_30",
      300_000,
      1,
    ]);
    expect(bucketsOf(agingBuckets([receivable], at, "Asia/Shanghai", config))?.[0]).toEqual([
      "current",
      300_000,
      1,
    ]);
  });

  it("counts only what is still open, and leaves settled receivables out", () => {
    const partly = aReceivable({ amount: eur(1_000), paidMinor: 600, dueDate: T0 });
    const settled = aReceivable({ amount: eur(1_000), paidMinor: 1_000, dueDate: T0 });
    const result = agingBuckets([partly, settled], asOf, "UTC", config);
    expect(result.ok && result.value.currencies[0]?.openMinor).toBe(400);
    expect(result.ok && result.value.currencies[0]?.count).toBe(1);
  });

  it("reports each currency apart, in alphabetical order", () => {
    const usd = aReceivable({ amount: { amountMinor: 700, currency: "USD" } });
    const cny = aReceivable({ amount: { amountMinor: 900, currency: "CNY" } });
    const result = agingBuckets([usd, dueDaysBefore(3), cny], asOf, "UTC", config);
    expect(result.ok && result.value.currencies.map((c) => [c.currency, c.openMinor])).toEqual([
      ["CNY", 900],
      ["EUR", 100],
      ["USD", 700],
    ]);
  });

  it("gives no currencies when nothing is open", () => {
    expect(agingBuckets([], asOf, "UTC", config)).toEqual({
      ok: true,
      value: { asOf, timeZone: "UTC", currencies: [] },
    });
  });

  it("follows the company's bucket bounds", () => {
    const custom = Config.parse({ receivables: { agingBucketDays: [15, 45] } });
    const result = agingBuckets(
      [dueDaysBefore(15, 1), dueDaysBefore(16, 2), dueDaysBefore(46, 4)],
      asOf,
      "UTC",
      custom,
    );
    expect(bucketsOf(result)).toEqual([
      ["current", 0, 0],
      ["1_15", 1, 1],
      ["16_45", 2, 1],
      ["over_45", 4, 1],
    ]);
  });

  it("refuses a bad date, time zone, receivable or configuration with invalid_input", () => {
    const code = (r: ReturnType<typeof agingBuckets>) => (r.ok ? "ok" : r.error.code);
    expect(code(agingBuckets([dueDaysBefore(1)], new Date(Number.NaN), "UTC", config))).toBe(
      "invalid_input",
    );
    expect(code(agingBuckets([dueDaysBefore(1)], asOf, "Mars/Olympus", config))).toBe(
      "invalid_input",
    );
    expect(code(agingBuckets([{ ...dueDaysBefore(1), openMinor: -1 }], asOf, "UTC", config))).toBe(
      "invalid_input",
    );
    for (const bad of someMalformedConfigs())
      expect(code(agingBuckets([], asOf, "UTC", bad as Config))).toBe("invalid_input");
  });

  it("buckets always add up exactly to the open balance and count, per currency", () => {
    const anyReceivable = fc
      .record({
        amount: fc.integer({ min: 1, max: 1e9 }),
        paidShare: fc.nat({ max: 100 }),
        dueOffsetHours: fc.integer({ min: -24 * 200, max: 24 * 200 }),
        currency: fc.constantFrom("EUR", "USD"),
      })
      .map((s) => {
        const dueDate = new Date(asOf.getTime() + s.dueOffsetHours * 3_600_000);
        return aReceivable({
          amount: { amountMinor: s.amount, currency: s.currency },
          paidMinor: Math.floor((s.amount * s.paidShare) / 100),
          invoiceDate: new Date(dueDate.getTime() - 86_400_000),
          dueDate,
        });
      });
    fc.assert(
      fc.property(
        fc.array(anyReceivable, { maxLength: 20 }),
        fc.constantFrom("UTC", "Asia/Shanghai", "America/Los_Angeles"),
        (receivables, zone) => {
          const result = agingBuckets(receivables, asOf, zone, config);
          if (!result.ok) return false;
          return result.value.currencies.every((c) => {
            const open = receivables
              .filter((r) => r.amount.currency === c.currency)
              .reduce((sum, r) => sum + r.openMinor, 0);
            return (
              c.buckets.reduce((sum, b) => sum + b.amountMinor, 0) === open &&
              c.openMinor === open &&
              c.buckets.reduce((sum, b) => sum + b.count, 0) === c.count
            );
          });
        },
      ),
    );
  });

  it("never throws, whatever it is handed", () => {
    fc.assert(
      fc.property(
        anythingOr([dueDaysBefore(3)]),
        anythingOr(asOf),
        anythingOr("Europe/Berlin"),
        anythingOr(config),
        (rs, at, zone, cfg) =>
          isResultShaped(agingBuckets(rs as never, at as Date, zone as string, cfg as Config)),
      ),
    );
  });
});
