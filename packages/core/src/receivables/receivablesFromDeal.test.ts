import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aContract,
  aDeal,
  anythingOr,
  isResultShaped,
  someMalformedConfigs,
  T0,
} from "../../test/builders";
import { Config, defaultConfig } from "../index";
import { receivablesFromDeal } from "./receivablesFromDeal";

const config = defaultConfig();
const wonDeal = aDeal({
  id: "deal-42",
  accountId: "acct-acme",
  stage: "closed_won",
  closedAt: T0,
  amount: { amountMinor: 1_000_000, currency: "EUR" },
});
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });

const errorCode = (result: { ok: boolean; error?: { code: string } }) =>
  result.ok ? "ok" : result.error?.code;

describe("receivables from a won deal", () => {
  it("invoices a one-off contract once, due net 30 after the invoice date", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract({
        id: "contract-7",
        value: eur(1_000_000),
        netDays: 30,
        schedule: { kind: "one_off", invoiceDate: new Date("2026-03-02T09:00:00Z") },
      }),
      config,
    );
    expect(result).toEqual({
      ok: true,
      value: [
        {
          id: "deal-42/r1",
          dealId: "deal-42",
          accountId: "acct-acme",
          contractId: "contract-7",
          instalment: 1,
          instalments: 1,
          amount: eur(1_000_000),
          paidMinor: 0,
          openMinor: 1_000_000,
          invoiceDate: new Date("2026-03-02T09:00:00Z"),
          dueDate: new Date("2026-04-01T09:00:00Z"),
        },
      ],
    });
  });

  it("uses the company's default terms when the contract names none", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract(),
      Config.parse({ receivables: { defaultNetDays: 45 } }),
    );
    expect(result.ok && result.value[0]?.dueDate).toEqual(new Date("2026-04-16T09:00:00Z"));
  });

  it("splits equal instalments monthly and puts the remainder on the last", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract({
        value: eur(1_000_000),
        netDays: 14,
        schedule: {
          kind: "equal_instalments",
          count: 3,
          firstInvoiceDate: new Date("2026-03-31T12:00:00Z"),
        },
        signedAt: new Date("2026-03-31T12:00:00Z"),
      }),
      config,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.map((r) => r.id)).toEqual(["deal-42/r1", "deal-42/r2", "deal-42/r3"]);
    expect(result.value.map((r) => r.amount.amountMinor)).toEqual([333_333, 333_333, 333_334]);
    // a month after 31 March is 30 April, the month's last day, and two months is 31 May
    expect(result.value.map((r) => r.invoiceDate.toISOString())).toEqual([
      "2026-03-31T12:00:00.000Z",
      "2026-04-30T12:00:00.000Z",
      "2026-05-31T12:00:00.000Z",
    ]);
    expect(result.value.map((r) => r.dueDate.toISOString())).toEqual([
      "2026-04-14T12:00:00.000Z",
      "2026-05-14T12:00:00.000Z",
      "2026-06-14T12:00:00.000Z",
    ]);
    expect(result.value.map((r) => [r.instalment, r.instalments])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("spaces instalments by the months the contract names", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract({
        value: eur(1_000_000),
        schedule: { kind: "equal_instalments", count: 2, firstInvoiceDate: T0, everyMonths: 3 },
      }),
      config,
    );
    expect(result.ok && result.value.map((r) => r.invoiceDate.toISOString())).toEqual([
      "2026-03-02T09:00:00.000Z",
      "2026-06-02T09:00:00.000Z",
    ]);
  });

  it("counts net days in calendar days of finance's time zone, across a DST change", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract({
        netDays: 10,
        signedAt: new Date("2026-03-20T08:00:00Z"),
        schedule: { kind: "one_off", invoiceDate: new Date("2026-03-20T08:00:00Z") },
      }),
      Config.parse({ receivables: { timeZone: "Europe/Berlin" } }),
    );
    // 09:00 CET on 20 March is 09:00 CEST on 30 March, an hour earlier in UTC
    expect(result.ok && result.value[0]?.dueDate).toEqual(new Date("2026-03-30T07:00:00Z"));
  });

  it("invoices explicit instalments that add up to the contract value", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract({
        value: eur(1_000_000),
        netDays: 0,
        schedule: {
          kind: "explicit_instalments",
          instalments: [
            { invoiceDate: T0, amount: eur(200_000) },
            { invoiceDate: new Date("2026-09-01T00:00:00Z"), amount: eur(800_000) },
          ],
        },
      }),
      config,
    );
    expect(
      result.ok && result.value.map((r) => [r.id, r.openMinor, r.dueDate.toISOString()]),
    ).toEqual([
      ["deal-42/r1", 200_000, "2026-03-02T09:00:00.000Z"],
      ["deal-42/r2", 800_000, "2026-09-01T00:00:00.000Z"],
    ]);
  });

  it("refuses explicit instalments that do not add up, saying by how much", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract({
        value: eur(1_000_000),
        schedule: {
          kind: "explicit_instalments",
          instalments: [
            { invoiceDate: T0, amount: eur(200_000) },
            { invoiceDate: T0, amount: eur(700_000) },
          ],
        },
      }),
      config,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("schedule_mismatch");
    expect(result.error.message).toBe(
      "The instalments add up to €9,000.00 but the contract value is €10,000.00; add €1,000.00 so they match.",
    );
  });

  it("says to remove the excess when instalments add up to more than the contract", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract({
        value: eur(100),
        schedule: {
          kind: "explicit_instalments",
          instalments: [{ invoiceDate: T0, amount: eur(150) }],
        },
      }),
      config,
    );
    expect(!result.ok && result.error.message).toContain("remove €0.50");
  });

  it("refuses a deal that is not closed won", () => {
    const result = receivablesFromDeal(aDeal({ stage: "negotiation" }), aContract(), config);
    expect(errorCode(result)).toBe("deal_not_won");
    expect(!result.ok && result.error.message).toContain("not closed won");
  });

  it("refuses a lost deal and a deal in a stage the pipeline does not know", () => {
    expect(
      errorCode(receivablesFromDeal(aDeal({ stage: "closed_lost" }), aContract(), config)),
    ).toBe("deal_not_won");
    expect(errorCode(receivablesFromDeal(aDeal({ stage: "wonn" }), aContract(), config))).toBe(
      "unknown_stage",
    );
  });

  it("refuses negative and zero amounts", () => {
    const negative = aContract({ value: eur(-100) });
    expect(errorCode(receivablesFromDeal(wonDeal, negative, config))).toBe("negative_amount");
    expect(errorCode(receivablesFromDeal(wonDeal, aContract({ value: eur(0) }), config))).toBe(
      "zero_amount",
    );
    const instalments = (a: number, b: number) =>
      aContract({
        value: eur(a + b),
        schedule: {
          kind: "explicit_instalments",
          instalments: [
            { invoiceDate: T0, amount: eur(a) },
            { invoiceDate: T0, amount: eur(b) },
          ],
        },
      });
    expect(errorCode(receivablesFromDeal(wonDeal, instalments(1_000, -100), config))).toBe(
      "negative_amount",
    );
    expect(errorCode(receivablesFromDeal(wonDeal, instalments(1_000, 0), config))).toBe(
      "zero_amount",
    );
  });

  it("refuses more equal instalments than the value has minor units", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract({
        value: eur(2),
        schedule: { kind: "equal_instalments", count: 3, firstInvoiceDate: T0 },
      }),
      config,
    );
    expect(errorCode(result)).toBe("zero_amount");
    expect(!result.ok && result.error.message).toContain("use fewer instalments");
  });

  it("refuses a contract or instalment in another currency than the deal", () => {
    const usd = aContract({ value: { amountMinor: 1_000, currency: "USD" } });
    expect(errorCode(receivablesFromDeal(wonDeal, usd, config))).toBe("currency_mismatch");
    const mixed = aContract({
      value: eur(1_000),
      schedule: {
        kind: "explicit_instalments",
        instalments: [
          { invoiceDate: T0, amount: eur(500) },
          { invoiceDate: T0, amount: { amountMinor: 500, currency: "USD" } },
        ],
      },
    });
    const result = receivablesFromDeal(wonDeal, mixed, config);
    expect(errorCode(result)).toBe("currency_mismatch");
    expect(!result.ok && result.error.message).toContain("Instalment 2 is in USD");
  });

  it("refuses an invoice dated before the contract was signed", () => {
    const result = receivablesFromDeal(
      wonDeal,
      aContract({ schedule: { kind: "one_off", invoiceDate: new Date("2026-03-01T00:00:00Z") } }),
      config,
    );
    expect(errorCode(result)).toBe("invoice_before_signing");
  });

  it("refuses a malformed deal, contract or configuration with invalid_input", () => {
    expect(errorCode(receivablesFromDeal({ ...wonDeal, id: "" }, aContract(), config))).toBe(
      "invalid_input",
    );
    const badSchedule = aContract({ schedule: { kind: "monthly" } as never });
    expect(errorCode(receivablesFromDeal(wonDeal, badSchedule, config))).toBe("invalid_input");
    for (const bad of someMalformedConfigs())
      expect(errorCode(receivablesFromDeal(wonDeal, aContract(), bad as Config))).toBe(
        "invalid_input",
      );
  });

  it("gives the same receivables, ids included, every time it is asked", () => {
    const contract = aContract({
      schedule: { kind: "equal_instalments", count: 4, firstInvoiceDate: T0 },
    });
    expect(receivablesFromDeal(wonDeal, contract, config)).toEqual(
      receivablesFromDeal(wonDeal, contract, config),
    );
  });

  it("equal instalments always add up to the contract value, none empty", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 1, max: 60 }),
        (value, count) => {
          const result = receivablesFromDeal(
            wonDeal,
            aContract({
              value: eur(value),
              schedule: { kind: "equal_instalments", count, firstInvoiceDate: T0 },
            }),
            config,
          );
          if (value < count) return errorCode(result) === "zero_amount";
          if (!result.ok) return false;
          const amounts = result.value.map((r) => r.amount.amountMinor);
          return (
            amounts.length === count &&
            amounts.reduce((a, b) => a + b, 0) === value &&
            amounts.every((a) => a > 0) &&
            result.value.every((r) => r.dueDate.getTime() >= r.invoiceDate.getTime())
          );
        },
      ),
    );
  });

  it("never throws, whatever it is handed", () => {
    fc.assert(
      fc.property(
        anythingOr(wonDeal),
        anythingOr(aContract()),
        anythingOr(config),
        (deal, contract, cfg) =>
          isResultShaped(receivablesFromDeal(deal as never, contract as never, cfg as Config)),
      ),
    );
  });
});
