import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, FAY, LEO, openTestCrm, T0 } from "./crmTestKit";
import { aDealWithContacts, countRows, outboxTypes } from "./funnelFixtures";

const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });

describe.each(testDrivers())("receivables on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  /** A €48,000 deal won on Monday 2 March with three monthly invoices of €16,000, net 30. */
  const aWonDeal = async (currency = "EUR") => {
    const { deal } = await aDealWithContacts(crm, { amount: { amountMinor: 4_800_000, currency } });
    const won = await crm.closeDealWon(ADA, {
      dealId: deal.id,
      contract: {
        netDays: 30,
        schedule: { kind: "equal_instalments", count: 3, firstInvoiceDate: T0 },
      },
    });
    if (!won.ok) throw new Error(won.error.message);
    return deal.id;
  };

  const paidOf = async (dealId: string) =>
    (
      await crm.context.store.db
        .selectFrom("receivables")
        .select("paid_minor")
        .where("deal_id", "=", dealId)
        .orderBy("instalment")
        .execute()
    ).map((r) => Number(r.paid_minor));

  describe("recording a payment", () => {
    it("leaves a balance open after a part payment", async () => {
      const dealId = await aWonDeal();
      const result = await crm.recordPayment(FAY, {
        dealId,
        amount: eur(1_000_000),
        reference: "SEPA 42",
      });
      expect(result).toMatchObject({
        ok: true,
        value: { outcome: "partial", credit: eur(0), openAfter: eur(3_800_000) },
      });
      expect(await paidOf(dealId)).toEqual([1_000_000, 0, 0]);
      expect((await outboxTypes(crm)).at(-1)).toBe("payment_recorded");
    });

    it("settles the receivable it names with an exact payment", async () => {
      const dealId = await aWonDeal();
      const result = await crm.recordPayment(FAY, {
        receivableId: `${dealId}/r2`,
        amount: eur(1_600_000),
      });
      expect(result).toMatchObject({ ok: true, value: { outcome: "full" } });
      expect(await paidOf(dealId)).toEqual([0, 1_600_000, 0]);
    });

    it("keeps money beyond what is owed as the customer's credit", async () => {
      const dealId = await aWonDeal();
      const result = await crm.recordPayment(FAY, { dealId, amount: eur(5_000_000) });
      expect(result).toMatchObject({
        ok: true,
        value: { outcome: "over", credit: eur(200_000), openAfter: eur(0) },
      });
      expect(await paidOf(dealId)).toEqual([1_600_000, 1_600_000, 1_600_000]);
      const payment = await crm.context.store.db
        .selectFrom("payments")
        .select(["credit_minor", "outcome"])
        .executeTakeFirstOrThrow();
      expect({ credit: Number(payment.credit_minor), outcome: payment.outcome }).toEqual({
        credit: 200_000,
        outcome: "over",
      });
    });

    it("refuses a payment in another currency, and writes nothing", async () => {
      const dealId = await aWonDeal();
      const outbox = await countRows(crm, "outbox");
      const result = await crm.recordPayment(FAY, {
        dealId,
        amount: { amountMinor: 100, currency: "USD" },
      });
      expect(result).toMatchObject({ ok: false, error: { code: "currency_mismatch" } });
      expect(await countRows(crm, "payments")).toBe(0);
      expect(await countRows(crm, "outbox")).toBe(outbox);
    });

    it("asks which receivable or deal the money is for", async () => {
      const result = await crm.recordPayment(FAY, { amount: eur(100) });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    });

    it("is finance's job, not a rep's", async () => {
      const dealId = await aWonDeal();
      const result = await crm.recordPayment(ADA, { dealId, amount: eur(100) });
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    });
  });

  describe("the aging report", () => {
    it("puts each open amount in its bucket by days past due, per currency", async () => {
      const euroDeal = await aWonDeal("EUR");
      await aWonDeal("USD");
      await crm.recordPayment(FAY, { dealId: euroDeal, amount: eur(600_000) });
      // 15 May: the April 1 invoice is 44 days late, the May 2 one 13, the June 1 one not due.
      const report = await crm.agingReport(FAY, { asOf: new Date("2026-05-15T12:00:00Z") });
      expect(report.ok).toBe(true);
      if (!report.ok) return;
      const buckets = report.value.currencies.map((c) => [
        c.currency,
        Object.fromEntries(c.buckets.map((b) => [b.id, b.amountMinor])),
      ]);
      expect(buckets).toEqual([
        [
          "EUR",
          { current: 1_600_000, "1_30": 1_600_000, "31_60": 1_000_000, "61_90": 0, over_90: 0 },
        ],
        [
          "USD",
          { current: 1_600_000, "1_30": 1_600_000, "31_60": 1_600_000, "61_90": 0, over_90: 0 },
        ],
      ]);
    });

    it("ages as things stood on the day asked, ignoring later payments", async () => {
      const dealId = await aWonDeal();
      crm.clock.set(new Date("2026-06-10T00:00:00Z"));
      await crm.recordPayment(FAY, { dealId, amount: eur(4_800_000) });
      const before = await crm.agingReport(LEO, { asOf: new Date("2026-05-15T12:00:00Z") });
      expect(before.ok && before.value.currencies[0]?.openMinor).toBe(4_800_000);
      const after = await crm.agingReport(LEO, { asOf: new Date("2026-06-15T12:00:00Z") });
      expect(after.ok && after.value.currencies).toEqual([]);
    });

    it("is not for reps", async () => {
      expect(await crm.agingReport(ADA)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    });
  });

  describe("DSO", () => {
    it("divides what is still owed by what was invoiced in the period, times its days", async () => {
      const dealId = await aWonDeal();
      await crm.recordPayment(FAY, { dealId, amount: eur(1_000_000) });
      const period = {
        start: new Date("2026-03-01T00:00:00Z"),
        end: new Date("2026-06-01T00:00:00Z"),
      };
      const result = await crm.dso(FAY, { period, currency: "EUR" });
      expect(result).toMatchObject({
        ok: true,
        value: {
          counts: {
            accountsReceivableMinor: 3_800_000,
            creditSalesMinor: 4_800_000,
            daysInPeriod: 92,
          },
        },
      });
      expect(result.ok && result.value.value).toBeCloseTo((38 / 48) * 92, 6);
    });

    it("says why there is no DSO when nothing was invoiced", async () => {
      const period = {
        start: new Date("2026-01-01T00:00:00Z"),
        end: new Date("2026-02-01T00:00:00Z"),
      };
      const result = await crm.dso(FAY, { period, currency: "EUR" });
      expect(result).toMatchObject({ ok: true, value: { value: null } });
    });
  });
});
