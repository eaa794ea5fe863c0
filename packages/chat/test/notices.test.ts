import { anOpenDeal } from "@baton/crm/testing";
import { saveUserPrefs } from "@baton/store";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approvalNotices, dueReminders, type Notice, replyText, slaNotices } from "../src";
import { ADA, MIA, openTestChat } from "./chatTestKit";

const [driver] = testDrivers();

describe.runIf(driver)("approval notices", () => {
  let kit: Awaited<ReturnType<typeof openTestChat>>;
  let approvalId: string;
  beforeEach(async () => {
    if (!driver) return;
    kit = await openTestChat(driver);
    const { deal } = await anOpenDeal(kit.crm, ADA, {
      account: "Acme GmbH",
      deal: "Acme renewal",
      euros: 50_000,
    });
    const asked = await kit.crm.requestApproval(ADA, {
      dealId: deal.id,
      terms: { discountPercent: 20 },
    });
    if (!asked.ok) throw new Error(asked.error.message);
    approvalId = asked.value.id;
  });
  afterEach(async () => {
    await kit?.close();
  });

  const noticesOf = async (type: string): Promise<Notice[]> => {
    const rows = await kit.crm.context.store.db
      .selectFrom("outbox")
      .select(["payload"])
      .where("event_type", "=", type)
      .orderBy("id")
      .execute();
    const all: Notice[] = [];
    for (const row of rows)
      all.push(
        ...(await approvalNotices(
          kit.crm,
          (typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload) as never,
        )),
      );
    return all;
  };

  it("gives each approver a card in their own language, with approve and reject", async () => {
    await saveUserPrefs(kit.crm.context.store.db, MIA.userId, { locale: "zh-CN" });
    const [card] = await noticesOf("approval_requested");
    if (card?.kind !== "send") throw new Error("expected a card to send");
    expect(card.userId).toBe(MIA.userId);
    expect(card.subject).toBe(`approval:${approvalId}`);
    expect(card.reply.locale).toBe("zh-CN");
    expect(replyText(card.reply)).toContain("待审批：Acme renewal");
    expect(replyText(card.reply)).toContain("批准 / 拒绝");
  });

  it("after a rejection, updates every card and tells the requester why", async () => {
    const decided = await kit.crm.decideApproval(MIA, {
      approvalId,
      decision: "reject",
      comment: "too deep",
    });
    expect(decided.ok).toBe(true);
    const notices = await noticesOf("approval_decided");
    const update = notices.find((n) => n.kind === "update");
    const told = notices.find((n) => n.kind === "send");
    if (update?.kind !== "update" || told?.kind !== "send")
      throw new Error("expected an update and a message");
    expect(replyText(update.reply("en"))).toContain("❌ Acme renewal: rejected by Mia Manager.");
    expect(replyText(update.reply("zh-CN"))).toContain("已被 Mia Manager 拒绝");
    expect(told.userId).toBe(ADA.userId);
    expect(replyText(told.reply)).toBe(
      "Your request on Acme renewal was rejected by Mia Manager.\n“too deep”",
    );
  });

  it("after a recall, closes the cards and tells nobody else", async () => {
    const recalled = await kit.crm.recallApproval(ADA, { approvalId, reason: "customer walked" });
    expect(recalled.ok).toBe(true);
    const notices = await noticesOf("approval_recalled");
    expect(notices.map((n) => n.kind)).toEqual(["update"]);
  });

  it("tells the manager and the owner when a hand-off was not touched in time", async () => {
    const notices = await slaNotices(kit.crm, {
      type: "handoff_sla_escalated",
      record: { kind: "lead", id: "lead-1", name: "Li Wei" },
      ownerId: ADA.userId,
      ownerQueue: null,
      toTeam: "sales",
      dueAt: "2026-03-02T13:00:00.000Z",
      escalateTo: MIA.userId,
    });
    expect(notices.map((n) => (n.kind === "send" ? n.userId : ""))).toEqual([
      MIA.userId,
      ADA.userId,
    ]);
    const [manager, owner] = notices;
    if (manager?.kind !== "send" || owner?.kind !== "send")
      throw new Error("two messages expected");
    expect(replyText(manager.reply)).toContain("Hand-off overdue: Li Wei went to sales");
    expect(replyText(manager.reply)).toContain("Owner: Ada Lovelace");
    expect(replyText(owner.reply)).toContain("Li Wei is waiting for your first touch");
    expect(await slaNotices(kit.crm, { type: "something_else" })).toEqual([]);
  });

  it("builds only the reminders a caller still wants", async () => {
    const hour = 3_600_000;
    for (const step of ["send the proposal", "call back"])
      await kit.crm.logActivity(ADA, {
        kind: "call",
        account: "Acme GmbH",
        nextStep: { text: step, dueAt: new Date(kit.clock().getTime() + hour).toISOString() },
      });
    kit.clock.advance(2 * hour);
    const all = await dueReminders(kit.crm, kit.clock());
    expect(all.map((n) => (n.kind === "send" ? replyText(n.reply) : "")).sort()).toEqual([
      expect.stringContaining("call back"),
      expect.stringContaining("send the proposal"),
    ]);
    const [first] = all;
    const rest = await dueReminders(kit.crm, kit.clock(), (subject) => subject !== first?.subject);
    expect(rest).toHaveLength(1);
    expect(rest[0]?.kind === "send" && rest[0].subject).not.toBe(first?.subject);
  });
});
