import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anythingOr,
  aReceivable,
  isResultShaped,
  someMalformedConfigs,
  T0,
} from "../../test/builders";
import { type Config, defaultConfig, type Receivable, ReceivablesEvent } from "../index";
import { applyPayment, type PaymentInput } from "./applyPayment";

const config = defaultConfig();
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const april = aReceivable({
  id: "deal-1/r1",
  dealId: "deal-1",
  amount: eur(300_000),
  dueDate: new Date("2026-04-01T00:00:00Z"),
});
const may = aReceivable({
  id: "deal-1/r2",
  dealId: "deal-1",
  amount: eur(300_000),
  dueDate: new Date("2026-05-01T00:00:00Z"),
});
const pay = (amountMinor: number, over: Partial<PaymentInput> = {}): PaymentInput => ({
  id: "pay-1",
  amount: eur(amountMinor),
  receivedAt: new Date("2026-04-10T10:00:00Z"),
  recordedBy: "user-fay",
  ...over,
});

const errorCode = (result: { ok: boolean; error?: { code: string } }) =>
  result.ok ? "ok" : result.error?.code;

describe("applying a payment", () => {
  it("pays the oldest due receivable first and leaves the rest of the next one open", () => {
    const result = applyPayment([may, april], pay(400_000), config);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.allocations).toEqual([
      { receivableId: "deal-1/r1", dealId: "deal-1", amountMinor: 300_000 },
      { receivableId: "deal-1/r2", dealId: "deal-1", amountMinor: 100_000 },
    ]);
    // the list comes back in the order it was given
    expect(result.value.receivables.map((r) => [r.id, r.paidMinor, r.openMinor])).toEqual([
      ["deal-1/r2", 100_000, 200_000],
      ["deal-1/r1", 300_000, 0],
    ]);
    expect(result.value.credit).toEqual(eur(0));
    expect(result.value.event).toEqual({
      type: "payment_recorded",
      at: new Date("2026-04-10T10:00:00Z"),
      by: "user-fay",
      paymentId: "pay-1",
      accountId: "acct-acme",
      dealIds: ["deal-1"],
      amount: eur(400_000),
      allocations: result.value.allocations,
      credit: eur(0),
      outcome: "partial",
      settledReceivableIds: ["deal-1/r1"],
      openAfter: eur(200_000),
    });
  });

  it("announces the payment as plain data the event schema reads back", () => {
    const result = applyPayment([april, may], pay(700_000), config);
    if (!result.ok) throw new Error(result.error.message);
    const stored = JSON.parse(JSON.stringify(result.value.event), (key, value) =>
      key === "at" ? new Date(value) : value,
    );
    expect(ReceivablesEvent.parse(stored)).toEqual(result.value.event);
  });

  it("settles everything with a full payment", () => {
    const result = applyPayment([april, may], pay(600_000), config);
    expect(result.ok && result.value.event.outcome).toBe("full");
    expect(result.ok && result.value.event.openAfter).toEqual(eur(0));
    expect(result.ok && result.value.event.settledReceivableIds).toEqual([
      "deal-1/r1",
      "deal-1/r2",
    ]);
  });

  it("reports what is paid beyond the balance as a credit, not lost", () => {
    const result = applyPayment([april, may], pay(700_000), config);
    expect(result.ok && result.value.credit).toEqual(eur(100_000));
    expect(result.ok && result.value.event.outcome).toBe("over");
    expect(result.ok && result.value.receivables.every((r) => r.openMinor === 0)).toBe(true);
  });

  it("pays only the receivable the payment names, even if an older one is open", () => {
    const result = applyPayment([april, may], pay(100_000, { receivableId: "deal-1/r2" }), config);
    expect(result.ok && result.value.receivables.map((r) => r.openMinor)).toEqual([
      300_000, 200_000,
    ]);
    expect(result.ok && result.value.event.outcome).toBe("partial");
  });

  it("keeps what exceeds a named receivable as a credit rather than paying other invoices", () => {
    const result = applyPayment([april, may], pay(350_000, { receivableId: "deal-1/r2" }), config);
    expect(result.ok && result.value.credit).toEqual(eur(50_000));
    expect(result.ok && result.value.receivables[0]?.openMinor).toBe(300_000);
    expect(result.ok && result.value.event.outcome).toBe("over");
  });

  it("turns a payment on an already settled receivable wholly into credit, still naming its deal", () => {
    const settled = aReceivable({ dealId: "deal-9", amount: eur(1_000), paidMinor: 1_000 });
    const result = applyPayment([settled], pay(500), config);
    expect(result.ok && result.value.allocations).toEqual([]);
    expect(result.ok && result.value.credit).toEqual(eur(500));
    expect(result.ok && result.value.event.dealIds).toEqual(["deal-9"]);
  });

  it("skips settled receivables and carries on with the next due", () => {
    const paid = { ...april, paidMinor: 300_000, openMinor: 0 };
    const result = applyPayment([paid, may], pay(100_000), config);
    expect(result.ok && result.value.allocations.map((a) => a.receivableId)).toEqual(["deal-1/r2"]);
  });

  it("pays only receivables in the payment's currency", () => {
    const dollars = aReceivable({
      id: "deal-2/r1",
      dealId: "deal-2",
      amount: { amountMinor: 500, currency: "USD" },
      invoiceDate: new Date("2025-12-01T00:00:00Z"),
      dueDate: new Date("2026-01-01T00:00:00Z"),
    });
    const result = applyPayment([dollars, april], pay(1_000), config);
    expect(result.ok && result.value.allocations.map((a) => a.receivableId)).toEqual(["deal-1/r1"]);
    expect(result.ok && result.value.event.openAfter).toEqual(eur(299_000));
  });

  it("tells sales every deal the payment went to", () => {
    const other = aReceivable({
      id: "deal-3/r1",
      dealId: "deal-3",
      amount: eur(100),
      dueDate: new Date("2026-03-15T00:00:00Z"),
    });
    const result = applyPayment([april, other], pay(300_050), config);
    expect(result.ok && result.value.event.dealIds).toEqual(["deal-3", "deal-1"]);
  });

  it("refuses a receivable that is not in the list, or is in another currency", () => {
    const unknown = applyPayment([april], pay(100, { receivableId: "deal-1/r7" }), config);
    expect(errorCode(unknown)).toBe("unknown_receivable");
    expect(!unknown.ok && unknown.error.message).toContain("name one of deal-1/r1");
    const usd = pay(100, {
      receivableId: "deal-1/r1",
      amount: { amountMinor: 100, currency: "USD" },
    });
    expect(errorCode(applyPayment([april], usd, config))).toBe("currency_mismatch");
    const noUsd = pay(100, { amount: { amountMinor: 100, currency: "USD" } });
    expect(errorCode(applyPayment([april, may], noUsd, config))).toBe("currency_mismatch");
  });

  it("refuses negative and zero payments", () => {
    expect(errorCode(applyPayment([april], pay(-1), config))).toBe("negative_amount");
    expect(errorCode(applyPayment([april], pay(0), config))).toBe("zero_amount");
  });

  it("refuses receivables of several accounts in one payment", () => {
    const globex = aReceivable({ accountId: "acct-globex" });
    expect(errorCode(applyPayment([april, globex], pay(100), config))).toBe("mixed_accounts");
  });

  it("refuses an empty list, duplicate ids, inconsistent balances and bad configuration", () => {
    expect(errorCode(applyPayment([], pay(100), config))).toBe("invalid_input");
    expect(errorCode(applyPayment([april, april], pay(100), config))).toBe("invalid_input");
    expect(errorCode(applyPayment([{ ...april, openMinor: 1 }], pay(100), config))).toBe(
      "invalid_input",
    );
    expect(errorCode(applyPayment([april], { ...pay(100), recordedBy: "" }, config))).toBe(
      "invalid_input",
    );
    for (const bad of someMalformedConfigs())
      expect(errorCode(applyPayment([april], pay(100), bad as Config))).toBe("invalid_input");
  });

  it("never changes the totals and never leaves a negative balance, whatever the payments", () => {
    // invariant: paid + open = invoiced per receivable, and every payment = allocated + credit
    const anyReceivables = fc.array(
      fc.record({
        amount: fc.integer({ min: 1, max: 1_000_000 }),
        paid: fc.nat({ max: 100 }).map((p) => p / 100),
        dueDay: fc.integer({ min: 0, max: 120 }),
        currency: fc.constantFrom("EUR", "USD"),
      }),
      { minLength: 1, maxLength: 6 },
    );
    const anyPayments = fc.array(
      fc.record({
        amount: fc.integer({ min: 1, max: 1_500_000 }),
        currency: fc.constantFrom("EUR", "USD"),
        named: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(anyReceivables, anyPayments, (specs, payments) => {
        let list: readonly Receivable[] = specs.map((s, i) =>
          aReceivable({
            id: `deal-p/r${i + 1}`,
            dealId: "deal-p",
            amount: { amountMinor: s.amount, currency: s.currency },
            paidMinor: Math.floor(s.amount * s.paid),
            dueDate: new Date(T0.getTime() + s.dueDay * 86_400_000),
          }),
        );
        const invoiced = (rs: readonly Receivable[]) =>
          rs.reduce((sum, r) => sum + r.amount.amountMinor, 0);
        const paidTotal = (rs: readonly Receivable[]) =>
          rs.reduce((sum, r) => sum + r.paidMinor, 0);
        const before = invoiced(list);
        for (const [i, p] of payments.entries()) {
          const named = p.named === undefined ? undefined : list[p.named]?.id;
          const result = applyPayment(
            list,
            {
              id: `pay-${i}`,
              amount: { amountMinor: p.amount, currency: p.currency },
              receivedAt: T0,
              recordedBy: "user-fay",
              ...(named === undefined ? {} : { receivableId: named }),
            },
            config,
          );
          if (!result.ok) {
            if (result.error.code !== "currency_mismatch") return false;
            continue;
          }
          const { receivables, allocations, credit } = result.value;
          const allocated = allocations.reduce((sum, a) => sum + a.amountMinor, 0);
          if (allocated + credit.amountMinor !== p.amount) return false;
          if (paidTotal(receivables) - paidTotal(list) !== allocated) return false;
          if (credit.amountMinor < 0) return false;
          list = receivables;
          const consistent = list.every(
            (r) =>
              r.openMinor >= 0 &&
              r.paidMinor >= 0 &&
              r.paidMinor + r.openMinor === r.amount.amountMinor,
          );
          if (!consistent || invoiced(list) !== before) return false;
        }
        return true;
      }),
    );
  });

  it("never throws, whatever it is handed", () => {
    fc.assert(
      fc.property(
        anythingOr([april, may]),
        anythingOr(pay(100)),
        anythingOr(config),
        (rs, p, cfg) => isResultShaped(applyPayment(rs as never, p as never, cfg as Config)),
      ),
    );
  });
});
