import type { UserInput } from "@baton/core";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, BOB, EVE, FAY, MIA, openTestCrm, T0 } from "./crmTestKit";
import { historyOf, outboxOf, type TestCrm } from "./recordsTestKit";

describe.each(testDrivers())("records on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  describe("creating an account", () => {
    it("makes the rep who creates it its owner, in their team", async () => {
      const created = await crm.createAccount(ADA, { name: "Acme GmbH", country: "DE" });
      expect(created).toMatchObject({
        ok: true,
        value: {
          record: { name: "Acme GmbH", ownerId: "user-ada", teamId: "team-sales", country: "DE" },
          version: 1,
          placement: { owner: { type: "user", userId: "user-ada" } },
        },
      });
    });

    it("lets a manager see the contacts of a rep who joined their team a moment ago", async () => {
      await crm.find(MIA, { query: "anything" });
      const joined = await crm.upsertUsers([
        {
          id: "user-new",
          name: "Nia New",
          email: "nia@example.com",
          roles: ["rep"],
          teamId: "team-sales-east",
        } as UserInput,
      ]);
      expect(joined.ok).toBe(true);
      // A contact carries no team: the manager reads it because its owner is in their team.
      const contact = await crm.createContact({ userId: "user-new" }, { name: "Frida Fresh" });
      expect(contact.ok).toBe(true);
      const found = await crm.find(MIA, { query: "Frida Fresh" });
      expect(found.ok && found.value.map((m) => m.name)).toEqual(["Frida Fresh"]);
    });

    it("records who created it, when, and every field it started with, with its event", async () => {
      const created = await crm.createAccount(ADA, { name: "Acme GmbH", domain: "acme.de" });
      if (!created.ok) throw new Error(created.error.message);
      const id = created.value.record.id;
      const history = await historyOf(crm, "account", id);
      expect(history.find((row) => row.field === "name")).toMatchObject({
        actor_id: "user-ada",
        old_value: null,
        new_value: "Acme GmbH",
      });
      expect(history.find((row) => row.field === "domain")?.new_value).toBe("acme.de");
      expect(history.every((row) => row.at.getTime() === T0.getTime())).toBe(true);
      expect(new Set(history.map((row) => row.change_id)).size).toBe(1);
      expect(await outboxOf(crm, "record_created")).toEqual([
        expect.objectContaining({
          record: { kind: "account", id, name: "Acme GmbH" },
          by: "user-ada",
        }),
      ]);
    });

    it("refuses a bad domain and writes nothing at all", async () => {
      const created = await crm.createAccount(ADA, { name: "Acme", domain: "not a domain" });
      expect(created).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      expect(created.ok || created.error.message).toContain("domain");
      const db = crm.context.store.db;
      expect(await db.selectFrom("accounts").selectAll().execute()).toEqual([]);
      expect(await db.selectFrom("history").selectAll().execute()).toEqual([]);
      expect(await db.selectFrom("outbox").selectAll().execute()).toEqual([]);
    });

    it("creates one account when a chat platform retries with the same key", async () => {
      const key = { idempotencyKey: "slack:T1:1700000000.000200" };
      const first = await crm.createAccount(ADA, { name: "Acme" }, key);
      const again = await crm.createAccount(ADA, { name: "Acme" }, key);
      expect(again).toEqual(first);
      const rows = await crm.context.store.db.selectFrom("accounts").select("id").execute();
      expect(rows).toHaveLength(1);
    });

    it("does not link a parent account the actor cannot see", async () => {
      const adas = await crm.createAccount(ADA, { name: "Acme Holding" });
      if (!adas.ok) throw new Error(adas.error.message);
      const eves = await crm.createAccount(EVE, {
        name: "Acme China",
        parentId: adas.value.record.id,
      });
      expect(eves).toMatchObject({ ok: false, error: { code: "not_found" } });
    });
  });

  describe("creating a lead", () => {
    it("sends a lead finance enters to the fallback queue, since finance does not work leads", async () => {
      const created = await crm.createLead(FAY, { name: "Lin Wei", email: "lin@xingchen.cn" });
      expect(created).toMatchObject({
        ok: true,
        value: { placement: { owner: { type: "queue", queue: "unassigned" } } },
      });
      // Finance may not read leads it does not own, so it gets the id and nothing more.
      expect(created.ok && Object.keys(created.value.record)).toEqual(["id"]);
      const row = await crm.context.store.db.selectFrom("leads").selectAll().executeTakeFirst();
      expect(row).toMatchObject({ owner_id: null, owner_queue: "unassigned", name: "Lin Wei" });
    });
  });

  describe("updating an account", () => {
    const anAccount = async () => {
      const created = await crm.createAccount(ADA, {
        name: "Acme",
        domain: "acme.com",
        industry: "software",
      });
      if (!created.ok) throw new Error(created.error.message);
      return created.value.record.id;
    };

    it("keeps who changed which field, when, from what to what", async () => {
      const id = await anAccount();
      crm.clock.advance(60_000);
      const updated = await crm.updateAccount(ADA, {
        id,
        expectedVersion: 1,
        industry: "manufacturing",
        domain: null,
      });
      expect(updated).toMatchObject({
        ok: true,
        value: { version: 2, record: { industry: "manufacturing" } },
      });
      expect(updated.ok && "domain" in updated.value.record).toBe(false);
      const changes = (await historyOf(crm, "account", id)).filter(
        (row) => row.at.getTime() === T0.getTime() + 60_000,
      );
      expect(
        changes.map(({ field, old_value, new_value, actor_id }) => ({
          field,
          old_value,
          new_value,
          actor_id,
        })),
      ).toEqual(
        expect.arrayContaining([
          {
            field: "industry",
            old_value: "software",
            new_value: "manufacturing",
            actor_id: "user-ada",
          },
          { field: "domain", old_value: "acme.com", new_value: null, actor_id: "user-ada" },
        ]),
      );
      expect(changes).toHaveLength(2);
      expect(await outboxOf(crm, "record_updated")).toEqual([
        expect.objectContaining({ fields: expect.arrayContaining(["industry", "domain"]) }),
      ]);
    });

    it("writes nothing when nothing changes", async () => {
      const id = await anAccount();
      const same = await crm.updateAccount(ADA, { id, industry: "software" });
      expect(same).toMatchObject({ ok: true, value: { version: 1 } });
      expect(await outboxOf(crm, "record_updated")).toEqual([]);
    });

    it("refuses a change based on an old version, and writes nothing", async () => {
      const id = await anAccount();
      await crm.updateAccount(ADA, { id, industry: "retail" });
      const stale = await crm.updateAccount(ADA, { id, expectedVersion: 1, industry: "energy" });
      expect(stale).toMatchObject({
        ok: false,
        error: { code: "conflict", details: { expectedVersion: 1, currentVersion: 2 } },
      });
      const row = await crm.context.store.db.selectFrom("accounts").selectAll().executeTakeFirst();
      expect(row).toMatchObject({ industry: "retail", version: 2 });
    });

    it("lets a rep's manager change it but not a teammate, whose refusal writes nothing", async () => {
      const id = await anAccount();
      const bob = await crm.updateAccount(BOB, { id, industry: "energy" });
      expect(bob).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await outboxOf(crm, "record_updated")).toEqual([]);
      const mia = await crm.updateAccount(MIA, { id, industry: "energy" });
      expect(mia).toMatchObject({ ok: true, value: { record: { industry: "energy" } } });
    });

    it("says where ownership is changed instead of changing it", async () => {
      const id = await anAccount();
      const moved = await crm.updateAccount(ADA, { id, ownerId: "user-bob" } as never);
      expect(moved).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      expect(moved.ok || moved.error.message).toContain("reassignment");
    });

    it("refuses a parent that would put the account above itself", async () => {
      const parent = await anAccount();
      const child = await crm.createAccount(ADA, { name: "Acme Labs", parentId: parent });
      if (!child.ok) throw new Error(child.error.message);
      const loop = await crm.updateAccount(ADA, { id: parent, parentId: child.value.record.id });
      expect(loop).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    });

    it("says an account outside the actor's view does not exist", async () => {
      const id = await anAccount();
      const eve = await crm.updateAccount(EVE, { id, industry: "energy" });
      expect(eve).toMatchObject({ ok: false, error: { code: "not_found" } });
    });
  });

  describe("deals", () => {
    const anAccount = async () => {
      const created = await crm.createAccount(ADA, { name: "Acme" });
      if (!created.ok) throw new Error(created.error.message);
      return created.value.record.id;
    };
    const amount = { amountMinor: 5_000_000, currency: "EUR" };

    it("starts at the first open stage and keeps that as its first stage-history row", async () => {
      const accountId = await anAccount();
      const created = await crm.createDeal(ADA, {
        name: "Acme renewal",
        accountId,
        amount,
        closeDate: "2026-06-30T00:00:00Z",
      });
      expect(created).toMatchObject({
        ok: true,
        value: { record: { stage: "prospecting", ownerId: "user-ada", amount } },
      });
      const stages = await crm.context.store.db
        .selectFrom("deal_stage_history")
        .selectAll()
        .execute();
      expect(stages).toEqual([
        expect.objectContaining({ stage: "prospecting", by_user_id: "user-ada", at: T0 }),
      ]);
    });

    it("is not created closed: closing goes through the funnel", async () => {
      const accountId = await anAccount();
      const created = await crm.createDeal(ADA, {
        name: "Acme renewal",
        accountId,
        amount,
        closeDate: T0,
        stage: "closed_won",
      });
      expect(created).toMatchObject({ ok: false, error: { code: "deal_closed" } });
      expect(await crm.context.store.db.selectFrom("deals").selectAll().execute()).toEqual([]);
    });

    it("changes amount and close date with history, and refuses a stage move", async () => {
      const accountId = await anAccount();
      const created = await crm.createDeal(ADA, {
        name: "Acme renewal",
        accountId,
        amount,
        closeDate: T0,
      });
      if (!created.ok) throw new Error(created.error.message);
      const id = created.value.record.id;
      const bigger = { amountMinor: 6_000_000, currency: "EUR" };
      const updated = await crm.updateDeal(ADA, { id, expectedVersion: 1, amount: bigger });
      expect(updated).toMatchObject({
        ok: true,
        value: { version: 2, record: { amount: bigger } },
      });
      const history = await historyOf(crm, "deal", id);
      expect(history.filter((row) => row.field === "amount").map((row) => row.new_value)).toEqual([
        amount,
        bigger,
      ]);
      const moved = await crm.updateDeal(ADA, { id, stage: "proposal" } as never);
      expect(moved).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    });
  });

  describe("contacts", () => {
    it("creates a contact at an account and records its history", async () => {
      const account = await crm.createAccount(ADA, { name: "Acme" });
      if (!account.ok) throw new Error(account.error.message);
      const contact = await crm.createContact(ADA, {
        accountId: account.value.record.id,
        name: "Grace Hopper",
        email: "grace@acme.com",
      });
      expect(contact).toMatchObject({
        ok: true,
        value: { record: { name: "Grace Hopper", ownerId: "user-ada", lifecycleStage: "lead" } },
      });
      const id = contact.ok ? contact.value.record.id : "";
      const updated = await crm.updateContact(ADA, { id, title: "CTO" });
      expect(updated).toMatchObject({ ok: true, value: { record: { title: "CTO" }, version: 2 } });
      expect((await historyOf(crm, "contact", id)).map((row) => row.field)).toContain("title");
    });

    it("does not create a contact at an account outside the actor's view", async () => {
      const account = await crm.createAccount(ADA, { name: "Acme" });
      if (!account.ok) throw new Error(account.error.message);
      const contact = await crm.createContact(EVE, {
        accountId: account.value.record.id,
        name: "Grace Hopper",
      });
      expect(contact).toMatchObject({ ok: false, error: { code: "not_found" } });
      expect(await crm.context.store.db.selectFrom("contacts").selectAll().execute()).toEqual([]);
    });
  });
});
