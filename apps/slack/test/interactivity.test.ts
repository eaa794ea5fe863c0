import { anOpenDeal } from "@baton/crm/testing";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MORE_ACTION } from "../src";
import type { SlackCall } from "./support/fakeSlack";
import { deliver, eventCallback, interaction, slashCommand } from "./support/signedRequest";
import { ADA, MIA, openSlackTest, slackId } from "./support/slackTestKit";

type Kit = Awaited<ReturnType<typeof openSlackTest>>;
type Element = { action_id: string; value: string; text: { text: string } };

const buttonsIn = (call: SlackCall): Element[] =>
  ((call.body.blocks as { type: string; elements?: Element[] }[] | undefined) ?? []).flatMap((b) =>
    b.type === "actions" ? (b.elements ?? []) : [],
  );

let presses = 0;
const press = (kit: Kit, userId: string, button: Element) => {
  presses += 1;
  return interaction({
    type: "block_actions",
    team: { id: "T1", domain: "acme" },
    user: { id: slackId(userId), team_id: "T1", username: userId },
    api_app_id: "A1",
    token: "legacy",
    trigger_id: `press-${presses}`,
    container: {
      type: "message",
      message_ts: "1700000000.000100",
      channel_id: "C1",
      is_ephemeral: true,
    },
    channel: { id: "C1", name: "sales" },
    response_url: kit.fake.responseUrl(`press-${presses}`),
    actions: [
      {
        type: "button",
        action_id: button.action_id,
        block_id: "b1",
        value: button.value,
        text: { type: "plain_text", text: button.text.text },
        action_ts: `1700000000.${String(presses).padStart(6, "0")}`,
      },
    ],
  });
};

describe.each(testDrivers())("Slack interactivity on $name", (driver) => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await openSlackTest(driver);
  });
  afterEach(async () => {
    await kit.close();
  });

  const run = async (userId: string, command: string, text: string) => {
    const trigger = `t-${Math.random().toString(36).slice(2)}`;
    await deliver(kit.url, slashCommand(kit.command(userId, command, text, trigger)));
    return kit.fake.next(
      (c) => c.method === "response_url" && c.body.path === `/respond/${trigger}`,
    );
  };

  const aDeal = () =>
    anOpenDeal(kit.crm, ADA, { account: "Acme GmbH", deal: "Acme renewal", euros: 50_000 });

  it("asks which account with buttons, and the press logs on the one picked, replacing the question", async () => {
    for (const name of ["Acme GmbH", "Acme Inc"]) await kit.crm.createAccount(ADA, { name });
    const asked = await run(ADA.userId, "/log", "call Acme pricing");
    const choice = buttonsIn(asked).find((b) => b.text.text === "Acme Inc");
    if (!choice) throw new Error("no Acme Inc button");
    await deliver(kit.url, press(kit, ADA.userId, choice));
    const answered = await kit.fake.next(
      (c) =>
        c.method === "response_url" && String(c.body.text).includes("Logged a call on Acme Inc"),
    );
    expect(answered.body.replace_original).toBe(true);
  });

  it("twenty parallel clicks on one approve button make one decision, and every copy loses its buttons", async () => {
    await aDeal();
    await run(ADA.userId, "/deal", "Acme renewal discount 20% three-year term");
    const inbox = await run(MIA.userId, "/approvals", "");
    const approve = buttonsIn(inbox).find((b) => b.text.text.startsWith("Approve"));
    if (!approve) throw new Error("no approve button");
    const before = kit.fake.callsOf("response_url").length;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => deliver(kit.url, press(kit, MIA.userId, approve))),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const deadline = Date.now() + 15_000;
    while (kit.fake.callsOf("response_url").length < before + 20 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const updates = kit.fake.callsOf("response_url").slice(before);
    expect(updates).toHaveLength(20);
    expect(
      updates.every((u) => u.body.replace_original === true && buttonsIn(u).length === 0),
    ).toBe(true);
    expect(
      updates.filter((u) => String(u.body.text).startsWith("Approved the request")),
    ).toHaveLength(1);
    const decisions = await kit.crm.context.store.db
      .selectFrom("approval_requests")
      .select(["status"])
      .execute();
    expect(decisions).toEqual([{ status: "approved" }]);
  });

  it("answers a direct message in the conversation, once per event however often Slack retries", async () => {
    await kit.crm.createAccount(ADA, { name: "Acme GmbH" });
    const event = eventCallback({
      token: "legacy",
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: "Ev1",
      event_time: 1_700_000_000,
      event: {
        type: "message",
        channel_type: "im",
        channel: "D1",
        user: slackId(ADA.userId),
        text: "/log note Acme GmbH hello",
        ts: "1.1",
      },
    });
    await Promise.all([deliver(kit.url, event), deliver(kit.url, event, { retryNum: 1 })]);
    const posted = await kit.fake.next((c) => c.method === "chat.postMessage");
    expect(posted.body.channel).toBe("D1");
    expect(String(posted.body.text)).toContain("Logged a note on Acme GmbH");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const notes = await kit.crm.context.store.db
      .selectFrom("activities")
      .select("body")
      .where("kind", "=", "note")
      .execute();
    expect(notes).toEqual([{ body: "hello" }]);
  });

  it("answers a mention in a channel so that only the asker sees it", async () => {
    await kit.crm.createAccount(ADA, { name: "Acme GmbH" });
    await deliver(
      kit.url,
      eventCallback({
        token: "legacy",
        team_id: "T1",
        api_app_id: "A1",
        type: "event_callback",
        event_id: "Ev-mention",
        event_time: 1_700_000_000,
        event: {
          type: "app_mention",
          channel: "C1",
          user: slackId(ADA.userId),
          text: "<@UBATON> /account Acme GmbH",
          ts: "2.1",
        },
      }),
    );
    const answered = await kit.fake.next(
      (c) => c.method === "chat.postEphemeral" || c.method === "chat.postMessage",
    );
    expect(answered.method).toBe("chat.postEphemeral");
    expect(answered.body.channel).toBe("C1");
    expect(answered.body.user).toBe(slackId(ADA.userId));
    expect(JSON.stringify(answered.body.blocks)).toContain("Acme GmbH");
  });

  it("tells a Slack user whose email Baton does not know how to link, and shows nothing", async () => {
    await kit.crm.createAccount(ADA, { name: "Acme GmbH" });
    const trigger = "t-stranger";
    await deliver(
      kit.url,
      slashCommand({
        ...kit.command(ADA.userId, "/account", "Acme GmbH", trigger),
        user_id: "U_STRANGER",
      }),
    );
    const answer = await kit.fake.next(
      (c) => c.method === "response_url" && c.body.path === `/respond/${trigger}`,
    );
    expect(String(answer.body.text)).toContain("/link");
    expect(String(answer.body.text)).not.toContain("Acme GmbH");
  });

  it("maps a Slack user to their Baton user by the email Slack confirmed, once", async () => {
    await run(ADA.userId, "/link", "");
    const linked = await kit.crm.context.store.db
      .selectFrom("chat_identities")
      .select(["external_user_id", "user_id", "verified_by"])
      .execute();
    expect(linked).toEqual([
      { external_user_id: "U_ADA", user_id: "user-ada", verified_by: "slack_email" },
    ]);
    await run(ADA.userId, "/link", "");
    expect(kit.fake.callsOf("users.info")).toHaveLength(1);
  });

  it("pages a long list: show more posts the next page to its asker and takes the button off the one pressed", async () => {
    for (let i = 1; i <= 55; i++) {
      const { deal } = await anOpenDeal(kit.crm, ADA, {
        account: "Acme GmbH",
        deal: `Renewal ${String(i).padStart(2, "0")}`,
        euros: 50_000,
      });
      const asked = await kit.crm.requestApproval(ADA, {
        dealId: deal.id,
        terms: { discountPercent: 20 },
      });
      if (!asked.ok) throw new Error(asked.error.message);
    }
    const inbox = await run(MIA.userId, "/approvals", "");
    const blocks = inbox.body.blocks as unknown[];
    expect(blocks).toHaveLength(50);
    const more = buttonsIn(inbox).find((b) => b.action_id === MORE_ACTION);
    expect(more?.text.text).toMatch(/^Show more \(2 of \d\)$/);
    if (!more) throw new Error("no show-more button");
    const pressed = (n: number) => `/respond/press-${n}`;

    await deliver(kit.url, press(kit, MIA.userId, more));
    const at = pressed(presses);
    const kept = await kit.fake.next((c) => c.body.path === at && c.body.replace_original === true);
    expect(kept.body.blocks).toEqual(blocks.slice(0, -1));
    const page = await kit.fake.next(
      (c) => c.body.path === at && c.body.replace_original === false,
    );
    expect(page.body.response_type).toBe("ephemeral");
    expect(page.body.text).toMatch(/^Page 2 of \d$/);
    const approves = buttonsIn(page).filter((b) => b.text.text.startsWith("Approve"));
    expect(approves.length).toBeGreaterThan(0);
    const first = new Set(buttonsIn(inbox).map((b) => b.value));
    expect(approves.filter((b) => first.has(b.value))).toEqual([]);

    await deliver(kit.url, press(kit, ADA.userId, more));
    const other = pressed(presses);
    const refused = await kit.fake.next((c) => c.body.path === other);
    expect(refused.body.text).toBe("Only the person who asked can see the rest of that list.");

    await deliver(kit.url, press(kit, MIA.userId, { ...more, value: "gone:1" }));
    const stale = pressed(presses);
    const expired = await kit.fake.next((c) => c.body.path === stale);
    expect(expired.body.text).toBe("The rest of that list is no longer kept. Please ask again.");
  });
});
