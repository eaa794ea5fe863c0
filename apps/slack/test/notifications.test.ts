import { anOpenDeal } from "@baton/crm/testing";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SlackCall } from "./support/fakeSlack";
import { deliver, interaction, slashCommand } from "./support/signedRequest";
import { ADA, MIA, openSlackTest, slackId } from "./support/slackTestKit";

type Kit = Awaited<ReturnType<typeof openSlackTest>>;
type Element = { action_id: string; value: string; text: { text: string } };
const buttonsIn = (call: SlackCall): Element[] =>
  ((call.body.blocks as { type: string; elements?: Element[] }[] | undefined) ?? []).flatMap((b) =>
    b.type === "actions" ? (b.elements ?? []) : [],
  );

describe.each(testDrivers())("approval notifications in Slack on $name", (driver) => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await openSlackTest(driver);
    await anOpenDeal(kit.crm, ADA, { account: "Acme GmbH", deal: "Acme renewal", euros: 50_000 });
  });
  afterEach(async () => {
    await kit.close();
  });

  const command = async (userId: string, name: string, text: string) => {
    const trigger = `t-${Math.random().toString(36).slice(2)}`;
    await deliver(kit.url, slashCommand(kit.command(userId, name, text, trigger)));
    return kit.fake.next(
      (c) => c.method === "response_url" && c.body.path === `/respond/${trigger}`,
    );
  };

  it("sends the approver a card with the deal's context, and after the decision updates it and tells the requester", async () => {
    // Both have used Baton in Slack before, so Baton knows their Slack accounts.
    await command(MIA.userId, "/baton", "link");
    await command(ADA.userId, "/deal", "Acme renewal discount 20% three-year term");
    await kit.pump();
    const card = await kit.fake.next(
      (c) => c.method === "chat.postMessage" && c.body.channel === slackId(MIA.userId),
    );
    const text = JSON.stringify(card.body.blocks);
    expect(text).toContain("Approval needed: Acme renewal");
    expect(text).toContain("€50,000.00");
    expect(text).toContain("20%");
    expect(text).toContain("Ada Lovelace");
    const approve = buttonsIn(card).find((b) => b.text.text === "Approve");
    if (!approve) throw new Error("no approve button on the card");

    await kit.pump();
    expect(kit.fake.callsOf("chat.postMessage")).toHaveLength(1);

    await deliver(
      kit.url,
      interaction({
        type: "block_actions",
        team: { id: "T1", domain: "acme" },
        user: { id: slackId(MIA.userId), team_id: "T1" },
        api_app_id: "A1",
        token: "legacy",
        trigger_id: "press-card",
        container: { type: "message", message_ts: "1", channel_id: String(card.body.channel) },
        channel: { id: String(card.body.channel) },
        response_url: kit.fake.responseUrl("press-card"),
        actions: [
          {
            type: "button",
            action_id: approve.action_id,
            block_id: "b",
            value: approve.value,
            text: approve.text,
            action_ts: "1700000001.000001",
          },
        ],
      }),
    );
    await kit.fake.next(
      (c) => c.method === "response_url" && c.body.path === "/respond/press-card",
    );
    await kit.pump();
    const updated = await kit.fake.next((c) => c.method === "chat.update");
    expect(String(updated.body.text)).toContain("Acme renewal: approved by Mia Manager");
    expect(buttonsIn(updated)).toEqual([]);
    const told = await kit.fake.next(
      (c) => c.method === "chat.postMessage" && c.body.channel === slackId(ADA.userId),
    );
    expect(String(told.body.text)).toBe(
      "Your request on Acme renewal was approved by Mia Manager.",
    );
  });

  it("tells nobody in Slack who has not used Baton there, and nobody about a discount needing no approval", async () => {
    await command(ADA.userId, "/deal", "Acme renewal discount 20% volume");
    await kit.pump();
    expect(kit.fake.callsOf("chat.postMessage")).toEqual([]);
    await command(MIA.userId, "/baton", "link");
    await anOpenDeal(kit.crm, ADA, { account: "Beta AG", deal: "Beta pilot", euros: 5_000 });
    await command(ADA.userId, "/deal", "Beta pilot discount 5% loyal customer");
    await kit.pump();
    expect(kit.fake.callsOf("chat.postMessage").map((c) => c.body.text)).toEqual([]);
  });

  it("reminds the rep of a next step when it falls due, once", async () => {
    await command(ADA.userId, "/baton", "link");
    await command(ADA.userId, "/log", "call Acme GmbH pricing next: send proposal in 1 hour");
    await kit.pump();
    expect(kit.fake.callsOf("chat.postMessage")).toEqual([]);
    kit.clock?.advance(2 * 3_600_000);
    await kit.pump();
    await kit.pump();
    const reminders = kit.fake.callsOf("chat.postMessage");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body.channel).toBe(slackId(ADA.userId));
    expect(String(reminders[0]?.body.text)).toMatch(
      /^⏰ Next step due .+: send proposal \(Acme GmbH\)\.$/,
    );
  });
});
