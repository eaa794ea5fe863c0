import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createChat, replyText } from "../src";
import { ADA, BOB, buttonsOf, openTestChat, testClock } from "./chatTestKit";

describe.each(testDrivers())("questions, retries and replicas on $name", (driver) => {
  let kit: Awaited<ReturnType<typeof openTestChat>>;
  beforeEach(async () => {
    kit = await openTestChat(driver, { clock: testClock() });
    for (const name of ["Acme GmbH", "Acme Inc"]) {
      const made = await kit.crm.createAccount(ADA, { name });
      if (!made.ok) throw new Error(made.error.message);
    }
  });
  afterEach(async () => {
    await kit.close();
  });
  const calls = () =>
    kit.crm.context.store.db
      .selectFrom("activities")
      .innerJoin("accounts", "accounts.id", "activities.account_id")
      .select(["accounts.name", "activities.body"])
      .where("activities.kind", "=", "call")
      .execute();

  it("a retry of the same inbound writes once and answers the same", async () => {
    await kit.crm.createAccount(ADA, { name: "Beta AG" });
    const first = await kit.say(ADA.userId, "/log call Beta AG check-in", { key: "slack-evt-1" });
    const retries = await Promise.all(
      [1, 2, 3].map(() =>
        kit.say(ADA.userId, "/log call Beta AG check-in", { key: "slack-evt-1" }),
      ),
    );
    for (const retry of retries) expect(replyText(retry)).toBe(replyText(first));
    expect(await calls()).toHaveLength(1);
  });

  it("an ambiguous name becomes a question answered later by its number, writing once", async () => {
    const asked = await kit.say(ADA.userId, "/log call Acme pricing");
    expect(asked.problem).toBe("ambiguous");
    expect(await calls()).toEqual([]);
    const labels = buttonsOf(asked).map((b) => b.label);
    const pick = labels.indexOf("Acme Inc") + 1;
    kit.clock.advance(60 * 60 * 1000);
    const answered = await kit.say(ADA.userId, String(pick));
    expect(replyText(answered)).toContain("Logged a call on Acme Inc");
    // The same choice pressed as a button afterwards does not log it again.
    const button = buttonsOf(asked)[pick - 1];
    if (!button) throw new Error("no such choice");
    const pressed = await kit.press(ADA.userId, button);
    expect(pressed.problem ?? "repeat").not.toBe("internal");
    expect(await calls()).toEqual([{ name: "Acme Inc", body: "pricing" }]);
  });

  it("twenty parallel presses of one choice on two replicas log once", async () => {
    const asked = await kit.say(ADA.userId, "/log call Acme pricing");
    const choice = buttonsOf(asked)[0];
    if (!choice) throw new Error("no choice");
    const replica = createChat({ crm: kit.crm });
    const presses = Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? kit.chat : replica).handle(
        kit.inbound(ADA.userId, { type: "action", actionId: choice.actionId, value: choice.value }),
      ),
    );
    const replies = await Promise.all(presses);
    expect(replies.every((r) => r.problem !== "internal")).toBe(true);
    expect(await calls()).toHaveLength(1);
  });

  it("another choice after one was taken is refused politely", async () => {
    const asked = await kit.say(ADA.userId, "/account Acme");
    const [first, second] = buttonsOf(asked);
    if (!first || !second) throw new Error("two choices expected");
    await kit.press(ADA.userId, first);
    const late = await kit.press(ADA.userId, second);
    expect(late.problem).toBe("conflict");
  });

  it("a question expires, and someone else cannot answer it", async () => {
    const asked = await kit.say(ADA.userId, "/log call Acme pricing");
    const choice = buttonsOf(asked)[0];
    if (!choice) throw new Error("no choice");
    expect((await kit.press(BOB.userId, choice)).problem).toBe("forbidden");
    kit.clock.advance(25 * 60 * 60 * 1000);
    expect((await kit.press(ADA.userId, choice)).problem).toBe("expired");
    expect(await calls()).toEqual([]);
  });

  it("a submitted form runs its command like a typed one, once per submission", async () => {
    const form = kit.inbound(
      ADA.userId,
      {
        type: "command",
        command: { verb: "log", kind: "call", account: "Acme Inc", text: "from a form" },
      },
      { key: "view-1" },
    );
    const first = await kit.chat.handle(form);
    const again = await kit.chat.handle(form);
    expect(replyText(first)).toContain("Logged a call on Acme Inc");
    expect(replyText(again)).toBe(replyText(first));
    expect(await calls()).toEqual([{ name: "Acme Inc", body: "from a form" }]);
    const bad = await kit.chat.handle({
      ...form,
      message: { type: "command", command: { verb: "log" } },
    });
    expect(bad.problem).toBe("invalid_input");
  });

  it("a number with no open question is told so", async () => {
    expect((await kit.say(ADA.userId, "3")).problem).toBe("usage");
  });
});
