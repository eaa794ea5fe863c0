import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, ADM, openTestCrm, testClock } from "./crmTestKit";
import {
  aContact,
  aDeal,
  anAccount,
  anActivity,
  countRows,
  insertAccounts,
  insertActivities,
  insertContacts,
  insertDeals,
  T,
} from "./insightsFixtures";

type TestCrm = Awaited<ReturnType<typeof openTestCrm>>;

const NOW = T("2026-03-10T12:00:00Z");

describe.each(testDrivers())("duplicates on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver, { clock: testClock(NOW) });
    await insertAccounts(
      crm,
      anAccount({
        id: "acct-acme",
        name: "Acme",
        ownerId: "user-ada",
        teamId: "team-sales",
        industry: "software",
        createdAt: T("2026-02-01T00:00:00Z"),
      }),
      anAccount({
        id: "acct-acme-2",
        name: "ACME GmbH",
        domain: "acme.com",
        region: "emea",
        lifecycleStage: "customer",
        ownerId: "user-bob",
        teamId: "team-sales",
        createdAt: T("2026-01-10T00:00:00Z"),
      }),
      anAccount({ id: "acct-child", name: "Acme Labs", parentId: "acct-acme-2" }),
      anAccount({ id: "acct-other", name: "Globex", domain: "globex.com" }),
    );
    await insertContacts(
      crm,
      aContact({
        id: "contact-grace",
        name: "Grace Hopper",
        email: "grace@acme.com",
        accountId: "acct-acme",
      }),
      aContact({
        id: "contact-grace-2",
        name: "grace  hopper",
        email: "Grace+crm@acme.com",
        accountId: "acct-acme-2",
      }),
      aContact({
        id: "contact-linus",
        name: "Linus T",
        email: "linus@globex.com",
        accountId: "acct-other",
      }),
    );
    await insertDeals(
      crm,
      aDeal({
        id: "deal-1",
        accountId: "acct-acme-2",
        contactIds: ["contact-grace-2", "contact-grace"],
      }),
      aDeal({ id: "deal-2", accountId: "acct-other", contactIds: ["contact-linus"] }),
    );
    await insertActivities(
      crm,
      anActivity({ id: "act-call", accountId: "acct-acme-2", contactId: "contact-grace-2" }),
      anActivity({
        id: "act-secret",
        accountId: "acct-acme-2",
        kind: "note",
        private: true,
        actorId: "user-bob",
      }),
    );
  });
  afterEach(async () => {
    await crm.close();
  });

  const accountRow = (id: string) =>
    crm.context.store.db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();

  describe("the duplicate review", () => {
    it("finds injected duplicate accounts with why they look alike", async () => {
      const review = await crm.duplicateReview(ADM, { kind: "account" });
      expect(review.ok && review.value.candidates.map((c) => c.ids)).toEqual([
        ["acct-acme", "acct-acme-2"],
      ]);
      const pair = review.ok ? review.value.candidates[0] : undefined;
      expect(pair?.reasons.map((r) => r.signal)).toContain("similar_name");
      expect(pair?.records.map((r) => r.name)).toEqual(["Acme", "ACME GmbH"]);
    });

    it("finds the same person behind a plus-tagged email", async () => {
      const review = await crm.duplicateReview(ADM, { kind: "contact" });
      const pair = review.ok ? review.value.candidates[0] : undefined;
      expect(pair?.ids).toEqual(["contact-grace", "contact-grace-2"]);
      expect(pair?.reasons.map((r) => r.signal)).toContain("same_email");
    });

    it("is the CRM admin's job", async () => {
      expect(await crm.duplicateReview(ADA, { kind: "account" })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
    });
  });

  describe("merging accounts", () => {
    const merge = (key?: string) =>
      crm.mergeRecords(
        ADM,
        { kind: "account", keepId: "acct-acme", mergeIds: ["acct-acme-2"] },
        key ? { idempotencyKey: key } : undefined,
      );

    it("keeps the richer value of each field and re-points every child to the kept account", async () => {
      const result = await merge();
      expect(result).toMatchObject({
        ok: true,
        value: {
          kept: {
            id: "acct-acme",
            name: "ACME GmbH",
            domain: "acme.com",
            region: "emea",
            lifecycleStage: "customer",
          },
          mergedIds: ["acct-acme-2"],
          repointed: { activities: 2, deals: 1, contacts: 1, accounts: 1 },
        },
      });
      const db = crm.context.store.db;
      expect(await accountRow("acct-acme-2")).toBeUndefined();
      expect(await accountRow("acct-acme")).toMatchObject({
        owner_id: "user-ada",
        previous_owner_ids: ["user-bob"],
        created_at: T("2026-01-10T00:00:00Z"),
      });
      expect((await accountRow("acct-child"))?.parent_id).toBe("acct-acme");
      const deal = await db
        .selectFrom("deals")
        .select("account_id")
        .where("id", "=", "deal-1")
        .executeTakeFirst();
      expect(deal?.account_id).toBe("acct-acme");
      const contacts = await db
        .selectFrom("contacts")
        .select("id")
        .where("account_id", "=", "acct-acme")
        .execute();
      expect(contacts.map((c) => c.id).sort()).toEqual(["contact-grace", "contact-grace-2"]);
      const acts = await db.selectFrom("activities").select("account_id").execute();
      expect(acts.every((a) => a.account_id === "acct-acme")).toBe(true);
    });

    it("keeps every value of the merged account in history, and tells subscribers", async () => {
      await merge();
      const db = crm.context.store.db;
      const gone = await db
        .selectFrom("history")
        .select(["field", "old_value", "new_value", "actor_id"])
        .where("entity_type", "=", "account")
        .where("entity_id", "=", "acct-acme-2")
        .execute();
      expect(gone).toContainEqual({
        field: "domain",
        old_value: "acme.com",
        new_value: null,
        actor_id: "user-adm",
      });
      expect(gone).toContainEqual({
        field: "mergedInto",
        old_value: null,
        new_value: "acct-acme",
        actor_id: "user-adm",
      });
      const moved = await db
        .selectFrom("history")
        .select(["entity_type", "entity_id", "old_value", "new_value"])
        .where("field", "=", "accountId")
        .where("entity_id", "=", "deal-1")
        .execute();
      expect(moved).toEqual([
        {
          entity_type: "deal",
          entity_id: "deal-1",
          old_value: "acct-acme-2",
          new_value: "acct-acme",
        },
      ]);
      const events = await db.selectFrom("outbox").select("event_type").execute();
      expect(events).toEqual([{ event_type: "record_updated" }]);
    });

    it("never names another user's private note in what it returns", async () => {
      const result = await merge();
      expect(JSON.stringify(result)).not.toContain("act-secret");
    });

    it("writes once when retried with the same key, and gives the first result", async () => {
      const first = await merge("merge-1");
      const history = await countRows(crm, "history");
      const second = await merge("merge-1");
      expect(second).toEqual(first);
      expect(await countRows(crm, "history")).toBe(history);
      expect(await countRows(crm, "outbox")).toBe(1);
    });

    it("leaves everything as it was when refused part-way (the kept account named among those merged)", async () => {
      const counts = async () =>
        Promise.all(
          (["history", "outbox", "accounts", "contacts", "deals", "activities"] as const).map((t) =>
            countRows(crm, t),
          ),
        );
      const before = await counts();
      const refused = await crm.mergeRecords(ADM, {
        kind: "account",
        keepId: "acct-acme",
        mergeIds: ["acct-acme-2", "acct-acme"],
      });
      expect(refused).toMatchObject({ ok: false, error: { code: "same_record" } });
      expect(await counts()).toEqual(before);
      expect((await accountRow("acct-child"))?.parent_id).toBe("acct-acme-2");
      expect(await accountRow("acct-acme-2")).toBeDefined();
    });

    it("refuses a record that is not there, and anyone but the CRM admin", async () => {
      expect(
        await crm.mergeRecords(ADM, {
          kind: "account",
          keepId: "acct-acme",
          mergeIds: ["acct-nope"],
        }),
      ).toMatchObject({ ok: false, error: { code: "not_found" } });
      expect(
        await crm.mergeRecords(ADA, {
          kind: "account",
          keepId: "acct-acme",
          mergeIds: ["acct-acme-2"],
        }),
      ).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await accountRow("acct-acme-2")).toBeDefined();
    });
  });

  describe("merging contacts", () => {
    it("re-points their activities and deals, each contact once on a deal", async () => {
      const result = await crm.mergeRecords(ADM, {
        kind: "contact",
        keepId: "contact-grace",
        mergeIds: ["contact-grace-2"],
      });
      expect(result).toMatchObject({ ok: true, value: { repointed: { activities: 1, deals: 1 } } });
      const db = crm.context.store.db;
      const deal = await db
        .selectFrom("deals")
        .select("contact_ids")
        .where("id", "=", "deal-1")
        .executeTakeFirst();
      expect(deal?.contact_ids).toEqual(["contact-grace"]);
      const call = await db
        .selectFrom("activities")
        .select("contact_id")
        .where("id", "=", "act-call")
        .executeTakeFirst();
      expect(call?.contact_id).toBe("contact-grace");
      const left = await db.selectFrom("contacts").select("id").orderBy("id").execute();
      expect(left.map((c) => c.id)).toEqual(["contact-grace", "contact-linus"]);
    });
  });
});
