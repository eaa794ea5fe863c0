import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, BOB, MIA, MONA, openTestCrm, T0 } from "./crmTestKit";
import {
  aDealWithContacts,
  countRows,
  historyOf,
  outboxTypes,
  routedConfig,
} from "./funnelFixtures";

const DAY = 86_400_000;

describe.each(testDrivers())("deals on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  beforeEach(async () => {
    crm = await openTestCrm(driver, { config: routedConfig() });
  });
  afterEach(async () => {
    await crm.close();
  });

  const stageHistory = (dealId: string) =>
    crm.context.store.db
      .selectFrom("deal_stage_history")
      .select(["stage", "at", "by_user_id"])
      .where("deal_id", "=", dealId)
      .orderBy("id")
      .execute();

  describe("moving a deal through the pipeline", () => {
    it("keeps every stage change with who and when, and announces it", async () => {
      const { deal } = await aDealWithContacts(crm);
      crm.clock.advance(DAY);
      const result = await crm.moveDeal(ADA, { dealId: deal.id, stage: "proposal" });
      expect(result).toMatchObject({ ok: true, value: { from: "qualification", to: "proposal" } });
      expect(await stageHistory(deal.id)).toEqual([
        { stage: "qualification", at: T0, by_user_id: "user-ada" },
        { stage: "proposal", at: new Date(T0.getTime() + DAY), by_user_id: "user-ada" },
      ]);
      expect((await historyOf(crm, "deal", deal.id)).map((h) => h.field)).toEqual(["stage"]);
      expect(await outboxTypes(crm)).toEqual(["deal_stage_changed"]);
    });

    it("refuses closing by a stage move, and writes nothing", async () => {
      const { deal } = await aDealWithContacts(crm);
      const result = await crm.moveDeal(ADA, { dealId: deal.id, stage: "closed_won" });
      expect(result).toMatchObject({ ok: false, error: { code: "close_via_close_deal" } });
      expect(await stageHistory(deal.id)).toHaveLength(1);
      expect(await countRows(crm, "outbox")).toBe(0);
    });

    it("refuses a rep moving a teammate's deal", async () => {
      const { deal } = await aDealWithContacts(crm);
      const result = await crm.moveDeal(BOB, { dealId: deal.id, stage: "proposal" });
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    });

    it("lets the manager move it, and shows marketing no amount", async () => {
      const { deal } = await aDealWithContacts(crm);
      const moved = await crm.moveDeal(MIA, { dealId: deal.id, stage: "negotiation" });
      expect(moved.ok && moved.value.deal.amount).toEqual({
        amountMinor: 4_800_000,
        currency: "EUR",
      });
      const owned = await aDealWithContacts(crm, { ownerId: "user-mona" });
      const mine = await crm.moveDeal(MONA, { dealId: owned.deal.id, stage: "proposal" });
      expect(mine.ok && mine.value.deal).not.toHaveProperty("amount");
    });
  });

  describe("closing a deal won", () => {
    const contract = {
      netDays: 30,
      schedule: { kind: "equal_instalments", count: 3, firstInvoiceDate: T0 },
    };

    it("makes its account and contacts customers and hands the account to service", async () => {
      const { account, contacts, deal } = await aDealWithContacts(crm);
      const result = await crm.closeDealWon(ADA, { dealId: deal.id, contract });
      expect(result).toMatchObject({
        ok: true,
        value: {
          deal: { stage: "closed_won", closedAt: T0 },
          account: {
            lifecycleStage: "customer",
            ownerId: "user-sue",
            previousOwnerIds: ["user-ada"],
            teamId: "team-service",
          },
          contacts: contacts.map((c) => ({ id: c.id, lifecycleStage: "customer" })),
          // Monday 09:00 UTC + 8 business hours for service.
          handOff: {
            toTeam: "service",
            owner: { type: "user", userId: "user-sue" },
            slaDueAt: new Date("2026-03-02T17:00:00Z"),
          },
        },
      });
      expect(await outboxTypes(crm)).toEqual([
        "deal_closed_won",
        "stage_changed",
        "handed_off",
        "stage_changed",
        "stage_changed",
      ]);
      expect((await historyOf(crm, "account", account.id)).map((h) => h.field)).toEqual(
        expect.arrayContaining(["lifecycleStage", "ownerId", "previousOwnerIds", "teamId"]),
      );
      const stored = await crm.context.store.db
        .selectFrom("contacts")
        .select("lifecycle_stage")
        .where("account_id", "=", account.id)
        .execute();
      expect(stored.map((c) => c.lifecycle_stage)).toEqual(["customer", "customer"]);
    });

    it("gives finance the receivables of the contract's payment schedule", async () => {
      const { deal } = await aDealWithContacts(crm);
      const result = await crm.closeDealWon(ADA, { dealId: deal.id, contract });
      expect(result.ok && result.value.receivables.length).toBe(3);
      const rows = await crm.context.store.db
        .selectFrom("receivables")
        .select(["id", "amount_minor", "due_date", "paid_minor"])
        .where("deal_id", "=", deal.id)
        .orderBy("instalment")
        .execute();
      expect(
        rows.map((r) => [r.id, Number(r.amount_minor), r.due_date, Number(r.paid_minor)]),
      ).toEqual([
        [`${deal.id}/r1`, 1_600_000, new Date("2026-04-01T09:00:00Z"), 0],
        [`${deal.id}/r2`, 1_600_000, new Date("2026-05-02T09:00:00Z"), 0],
        [`${deal.id}/r3`, 1_600_000, new Date("2026-06-01T09:00:00Z"), 0],
      ]);
    });

    it("creates no receivables without a signed contract", async () => {
      const { deal } = await aDealWithContacts(crm);
      const result = await crm.closeDealWon(ADA, { dealId: deal.id });
      expect(result).toMatchObject({ ok: true, value: { receivables: [] } });
      expect(await countRows(crm, "receivables")).toBe(0);
    });

    it("refuses a contract whose instalments do not add up, and leaves the deal open", async () => {
      const { deal } = await aDealWithContacts(crm);
      const result = await crm.closeDealWon(ADA, {
        dealId: deal.id,
        contract: {
          schedule: {
            kind: "explicit_instalments",
            instalments: [{ invoiceDate: T0, amount: { amountMinor: 100, currency: "EUR" } }],
          },
        },
      });
      expect(result).toMatchObject({ ok: false, error: { code: "schedule_mismatch" } });
      expect(await stageHistory(deal.id)).toHaveLength(1);
      expect(await countRows(crm, "history")).toBe(0);
      expect(await countRows(crm, "outbox")).toBe(0);
    });

    it("refuses closing a deal twice", async () => {
      const { deal } = await aDealWithContacts(crm);
      expect((await crm.closeDealWon(ADA, { dealId: deal.id })).ok).toBe(true);
      const outbox = await countRows(crm, "outbox");
      const again = await crm.closeDealWon(ADA, { dealId: deal.id });
      expect(again).toMatchObject({ ok: false, error: { code: "deal_closed" } });
      expect(await countRows(crm, "outbox")).toBe(outbox);
    });
  });

  describe("closing a deal lost", () => {
    it("keeps the reason on the deal and the close in its history", async () => {
      const { deal } = await aDealWithContacts(crm);
      const result = await crm.closeDealLost(ADA, {
        dealId: deal.id,
        reason: "went with a competitor",
      });
      expect(result).toMatchObject({
        ok: true,
        value: { deal: { stage: "closed_lost", closedAt: T0 }, reason: "went with a competitor" },
      });
      const row = await crm.context.store.db
        .selectFrom("deals")
        .select(["stage", "lost_reason"])
        .where("id", "=", deal.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ stage: "closed_lost", lost_reason: "went with a competitor" });
      expect((await historyOf(crm, "deal", deal.id)).map((h) => h.field)).toEqual(
        expect.arrayContaining(["stage", "closedAt", "lostReason"]),
      );
      expect(await outboxTypes(crm)).toEqual(["deal_closed_lost"]);
    });

    it("refuses a loss without a reason", async () => {
      const { deal } = await aDealWithContacts(crm);
      const result = await crm.closeDealLost(ADA, { dealId: deal.id, reason: " " });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    });

    it("lets a manager reopen it with a reason, clearing the loss reason", async () => {
      const { deal } = await aDealWithContacts(crm);
      await crm.closeDealLost(ADA, { dealId: deal.id, reason: "no budget" });
      const refused = await crm.moveDeal(ADA, { dealId: deal.id, stage: "proposal" });
      expect(refused).toMatchObject({ ok: false, error: { code: "deal_closed" } });
      const reopened = await crm.moveDeal(MIA, {
        dealId: deal.id,
        stage: "proposal",
        reset: true,
        reason: "budget found after all",
      });
      expect(reopened).toMatchObject({
        ok: true,
        value: { deal: { stage: "proposal", closedAt: null } },
      });
      const row = await crm.context.store.db
        .selectFrom("deals")
        .select("lost_reason")
        .where("id", "=", deal.id)
        .executeTakeFirstOrThrow();
      expect(row.lost_reason).toBeNull();
      expect(await outboxTypes(crm)).toEqual(["deal_closed_lost", "deal_reopened"]);
    });
  });
});
