import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, ADM, MIA, openTestCrm } from "./crmTestKit";
import { aDeal, aLead, anAccount, countRows, outboxTypes, routedConfig } from "./funnelFixtures";

describe.each(testDrivers())("re-assigning a leaver's records on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  afterEach(async () => {
    await crm.close();
  });

  const ownerOf = async (table: "leads" | "accounts" | "deals", id: string) =>
    crm.context.store.db
      .selectFrom(table)
      .select("owner_id")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();

  describe("with routing rules", () => {
    beforeEach(async () => {
      crm = await openTestCrm(driver, { config: routedConfig() });
    });

    it("gives each open record to the team owning its stage, and keeps the leaver as a previous owner", async () => {
      const lead = await aLead(crm, { lifecycleStage: "sql", ownerId: "user-gone" });
      const customer = await anAccount(crm, { lifecycleStage: "customer", ownerId: "user-gone" });
      const open = await aDeal(crm, customer.id, { ownerId: "user-gone" });
      const won = await aDeal(crm, customer.id, { ownerId: "user-gone", stage: "closed_won" });

      const result = await crm.reassignOwnerRecords(ADM, { userId: "user-gone" });
      expect(result).toMatchObject({
        ok: true,
        value: { leaverId: "user-gone", toPeople: 3, toQueues: 0, leftWithLeaver: [], batches: 1 },
      });
      const leadRow = await crm.context.store.db
        .selectFrom("leads")
        .select(["owner_id", "previous_owner_ids"])
        .where("id", "=", lead.id)
        .executeTakeFirstOrThrow();
      expect(leadRow).toEqual({ owner_id: "user-ada", previous_owner_ids: ["user-gone"] });
      expect(await ownerOf("accounts", customer.id)).toEqual({ owner_id: "user-sue" });
      expect(await ownerOf("deals", open.id)).toEqual({ owner_id: "user-bob" });
      // Won deals stay credited to the person who won them.
      expect(await ownerOf("deals", won.id)).toEqual({ owner_id: "user-gone" });
      expect(await outboxTypes(crm)).toEqual([
        "owner_reassigned",
        "owner_reassigned",
        "owner_reassigned",
      ]);
    });

    it("works through many records in batches until none is left", async () => {
      for (let i = 0; i < 5; i++) await aLead(crm, { lifecycleStage: "mql", ownerId: "user-gone" });
      const result = await crm.reassignOwnerRecords(MIA, { userId: "user-gone", batchSize: 2 });
      expect(result).toMatchObject({ ok: true, value: { toQueues: 5, batches: 3 } });
      const left = await crm.context.store.db
        .selectFrom("leads")
        .select("id")
        .where("owner_id", "=", "user-gone")
        .execute();
      expect(left).toEqual([]);
    });

    it("refuses a rep, and writes nothing", async () => {
      await aLead(crm, { ownerId: "user-gone" });
      const result = await crm.reassignOwnerRecords(ADA, { userId: "user-gone" });
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await countRows(crm, "history")).toBe(0);
    });
  });

  describe("without routing rules", () => {
    beforeEach(async () => {
      crm = await openTestCrm(driver);
    });

    it("never leaves an open deal ownerless: it goes to the leaver's manager", async () => {
      const account = await anAccount(crm, { ownerId: "user-gone" });
      const deal = await aDeal(crm, account.id, { ownerId: "user-gone" });
      const result = await crm.reassignOwnerRecords(ADM, { userId: "user-gone" });
      expect(result.ok && result.value.moves.map((m) => m.owner)).toEqual([
        { type: "queue", queue: "unassigned" },
        { type: "user", userId: "user-mia" },
      ]);
      expect(await ownerOf("deals", deal.id)).toEqual({ owner_id: "user-mia" });
    });
  });
});
