import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../src";
import { ADA, BOB, MIA, openTestCrm, T0 } from "./crmTestKit";
import { historyOf, outboxOf, type TestCrm } from "./recordsTestKit";

const HOUR = 3_600_000;

describe.each(testDrivers())("activities on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  const account = async (name: string, actor: Actor = ADA) => {
    const created = await crm.createAccount(actor, { name });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.record.id;
  };
  const activities = () =>
    crm.context.store.db.selectFrom("activities").selectAll().orderBy("created_at").execute();

  describe("logging an activity", () => {
    it("logs it on the one account the name matches and schedules the next step as a task", async () => {
      const acme = await account("Acme");
      await account("Umbrella");
      const dueAt = new Date(T0.getTime() + 48 * HOUR);
      const logged = await crm.logActivity(ADA, {
        kind: "call",
        account: "acme",
        body: "Pricing call, wants 15% off.",
        nextStep: { text: "Send proposal", dueAt: dueAt.toISOString() },
      });
      expect(logged).toMatchObject({
        ok: true,
        value: {
          activity: { kind: "call", accountId: acme, actorId: "user-ada", occurredAt: T0 },
          account: { id: acme, name: "Acme", why: "exact name" },
          nextStepTask: { text: "Send proposal", dueAt, accountId: acme, overdue: false },
        },
      });
      const rows = await activities();
      const [call, task] = rows;
      expect(rows).toHaveLength(2);
      expect(task).toMatchObject({
        kind: "task",
        due_at: dueAt,
        completed_at: null,
        follows_activity_id: call?.id,
        account_id: acme,
      });
      expect(await outboxOf(crm, "activity_logged")).toEqual([
        expect.objectContaining({
          activity: expect.objectContaining({ id: call?.id, accountId: acme }),
          nextStepTaskId: task?.id,
        }),
      ]);
    });

    it("asks which account is meant when more than one matches, and writes nothing", async () => {
      await account("Acme GmbH");
      await account("Acme Inc");
      const logged = await crm.logActivity(ADA, { kind: "call", account: "Acme" });
      expect(logged).toMatchObject({
        ok: false,
        error: {
          code: "ambiguous",
          details: {
            field: "account",
            candidates: expect.arrayContaining([
              expect.objectContaining({ name: "Acme GmbH" }),
              expect.objectContaining({ name: "Acme Inc" }),
            ]),
          },
        },
      });
      expect(await activities()).toEqual([]);
      expect(await outboxOf(crm, "activity_logged")).toEqual([]);
    });

    it("takes an account by its id even when its name is shared", async () => {
      const gmbh = await account("Acme GmbH");
      await account("Acme Inc");
      const logged = await crm.logActivity(ADA, { kind: "note", account: gmbh, body: "ok" });
      expect(logged).toMatchObject({ ok: true, value: { account: { id: gmbh, why: "id" } } });
    });

    it("says no account matches a misspelt name and suggests the closest", async () => {
      await account("Acme");
      const logged = await crm.logActivity(ADA, { kind: "call", account: "Acmx" });
      expect(logged).toMatchObject({
        ok: false,
        error: {
          code: "not_found",
          details: { field: "account", suggestions: [expect.objectContaining({ name: "Acme" })] },
        },
      });
      expect(logged.ok || logged.error.message).toContain("Did you mean Acme?");
    });

    it("finds the deal on the account named, and files the activity on both", async () => {
      const acme = await account("Acme");
      const umbrella = await account("Umbrella");
      for (const accountId of [acme, umbrella])
        await crm.createDeal(ADA, {
          name: "Renewal 2026",
          accountId,
          amount: { amountMinor: 100, currency: "EUR" },
          closeDate: "2026-06-30T00:00:00Z",
        });
      const logged = await crm.logActivity(ADA, {
        kind: "meeting",
        account: "Umbrella",
        deal: "renewal",
      });
      expect(logged).toMatchObject({
        ok: true,
        value: {
          activity: { accountId: umbrella },
          deal: { name: "Renewal 2026", why: "name starts with" },
        },
      });
      const onDealOnly = await crm.logActivity(ADA, { kind: "meeting", deal: "renewal" });
      expect(onDealOnly).toMatchObject({ ok: false, error: { code: "ambiguous" } });
    });

    it("writes once when a chat platform retries with the same key", async () => {
      await account("Acme");
      const input = {
        kind: "call" as const,
        account: "Acme",
        nextStep: { text: "Call back", dueAt: new Date(T0.getTime() + HOUR) },
      };
      const key = { idempotencyKey: "slack:T1:1700000000.000300" };
      const results = await Promise.all(
        Array.from({ length: 5 }, () => crm.logActivity(ADA, input, key)),
      );
      expect(await activities()).toHaveLength(2);
      expect(await outboxOf(crm, "activity_logged")).toHaveLength(1);
      for (const result of results) expect(result).toEqual(results[0]);
      expect(results[0]?.ok && results[0].value.nextStepTask?.dueAt).toBeInstanceOf(Date);
    });

    it("refuses a body over 20,000 characters, naming the limit", async () => {
      await account("Acme");
      const logged = await crm.logActivity(ADA, {
        kind: "email",
        account: "Acme",
        body: "x".repeat(20_001),
      });
      expect(logged).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      expect(logged.ok || logged.error.message).toContain("20,000 characters");
      expect(await activities()).toEqual([]);
    });

    it("refuses an activity on no record", async () => {
      const logged = await crm.logActivity(ADA, { kind: "note", body: "hello" });
      expect(logged.ok || logged.error.message).toContain("account, deal or contact");
    });

    it("does not let a rep log on a teammate's account, but lets their manager", async () => {
      await account("Acme", BOB);
      const ada = await crm.logActivity(ADA, { kind: "call", account: "Acme" });
      expect(ada).toMatchObject({ ok: false, error: { code: "forbidden" } });
      const mia = await crm.logActivity(MIA, { kind: "call", account: "Acme" });
      expect(mia.ok).toBe(true);
    });
  });

  describe("tasks", () => {
    const schedule = async (text: string, dueInHours: number) => {
      const logged = await crm.logActivity(ADA, {
        kind: "call",
        account: "Acme",
        nextStep: { text, dueAt: new Date(T0.getTime() + dueInHours * HOUR) },
      });
      if (!logged.ok || !logged.value.nextStepTask) throw new Error("not scheduled");
      return logged.value.nextStepTask.id;
    };

    it("lists my open tasks soonest first, and only those due before a time when asked", async () => {
      await account("Acme");
      await schedule("Send contract", 72);
      await schedule("Send proposal", 24);
      const all = await crm.myTasks(ADA, {});
      expect(all.ok && all.value.map((t) => t.text)).toEqual(["Send proposal", "Send contract"]);
      const soon = await crm.myTasks(ADA, { dueBefore: new Date(T0.getTime() + 48 * HOUR) });
      expect(soon.ok && soon.value.map((t) => t.text)).toEqual(["Send proposal"]);
      expect(await crm.myTasks(BOB)).toEqual({ ok: true, value: [] });
    });

    it("marks a task done once, with its history, and drops it from my list", async () => {
      await account("Acme");
      const taskId = await schedule("Send proposal", 24);
      crm.clock.advance(HOUR);
      const done = await crm.completeTask(ADA, { taskId });
      expect(done).toMatchObject({ ok: true, value: { id: taskId, completedAt: crm.clock() } });
      const again = await crm.completeTask(ADA, { taskId });
      expect(again).toEqual(done);
      expect(await crm.myTasks(ADA)).toEqual({ ok: true, value: [] });
      expect((await historyOf(crm, "activity", taskId)).map((h) => h.field)).toEqual([
        "completedAt",
      ]);
      expect(await outboxOf(crm, "record_updated")).toHaveLength(1);
    });

    it("shows a task as overdue once its time has passed", async () => {
      await account("Acme");
      await schedule("Send proposal", 1);
      crm.clock.advance(2 * HOUR);
      const tasks = await crm.myTasks(ADA);
      expect(tasks.ok && tasks.value[0]?.overdue).toBe(true);
    });

    it("does not let a teammate complete my task", async () => {
      await account("Acme");
      const taskId = await schedule("Send proposal", 24);
      const bob = await crm.completeTask(BOB, { taskId });
      expect(bob).toMatchObject({ ok: false, error: { code: "forbidden" } });
    });
  });
});
