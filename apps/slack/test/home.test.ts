import { anOpenDeal } from "@baton/crm/testing";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { homePage } from "../src/paging/pagedReply";
import type { SlackCall } from "./support/fakeSlack";
import { deliver, eventCallback, interaction, slashCommand } from "./support/signedRequest";
import { ADA, MIA, openSlackTest, slackId, T0 } from "./support/slackTestKit";

type Kit = Awaited<ReturnType<typeof openSlackTest>>;
type Element = { action_id: string; value: string; text: { text: string } };
const viewBlocks = (call: SlackCall) =>
  (call.body.view as { blocks: { type: string; elements?: Element[] }[] }).blocks;

const [driver] = testDrivers();

describe.runIf(driver)("the App Home tab", () => {
  let kit: Kit;
  beforeEach(async () => {
    if (driver) kit = await openSlackTest(driver);
  });
  afterEach(async () => {
    await kit?.close();
  });

  const opened = (userId: string, eventId: string) =>
    eventCallback({
      token: "legacy",
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: eventId,
      event_time: 1_700_000_000,
      event: { type: "app_home_opened", user: slackId(userId), channel: "D1", tab: "home" },
    });

  /** A press of `button` on someone's home tab, as Slack delivers it. */
  const pressOnHome = (userId: string, button: Element, triggerId: string, actionTs: string) =>
    interaction({
      type: "block_actions",
      team: { id: "T1" },
      user: { id: slackId(userId), team_id: "T1" },
      api_app_id: "A1",
      token: "legacy",
      trigger_id: triggerId,
      container: { type: "view", view_id: "V1" },
      view: { id: "V1", type: "home" },
      actions: [
        {
          type: "button",
          action_id: button.action_id,
          block_id: "b",
          value: button.value,
          text: button.text,
          action_ts: actionTs,
        },
      ],
    });

  it("shows a rep's tasks due today and their pipeline", async () => {
    const acme = await kit.crm.createAccount(ADA, { name: "Acme GmbH" });
    if (!acme.ok) throw new Error(acme.error.message);
    await kit.crm.logActivity(ADA, {
      kind: "call",
      account: "Acme GmbH",
      nextStep: {
        text: "send the proposal",
        dueAt: new Date(T0.getTime() + 2 * 3_600_000).toISOString(),
      },
    });
    await deliver(kit.url, opened(ADA.userId, "Ev-home-1"));
    const published = await kit.fake.next((c) => c.method === "views.publish");
    expect(published.body.user_id).toBe(slackId(ADA.userId));
    const text = JSON.stringify(viewBlocks(published));
    expect(text).toContain("My day — Ada Lovelace");
    expect(text).toContain("send the proposal");
    expect(text).toContain("No open deals.");
  });

  it("lets a manager approve from the home tab, answering in a DM and redrawing the tab", async () => {
    const { deal } = await anOpenDeal(kit.crm, ADA, {
      account: "Acme GmbH",
      deal: "Acme renewal",
      euros: 50_000,
    });
    await kit.crm.requestApproval(ADA, { dealId: deal.id, terms: { discountPercent: 20 } });
    await deliver(kit.url, opened(MIA.userId, "Ev-home-2"));
    const published = await kit.fake.next((c) => c.method === "views.publish");
    const approve = viewBlocks(published)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text.text === "Approve");
    if (!approve) throw new Error("no approve button on the home tab");
    const before = kit.fake.callsOf("views.publish").length;
    await deliver(kit.url, pressOnHome(MIA.userId, approve, "home-press", "1700000002.000001"));
    const dm = await kit.fake.next(
      (c) => c.method === "chat.postMessage" && c.body.channel === slackId(MIA.userId),
    );
    expect(String(dm.body.text)).toBe("Approved the request on Acme renewal.");
    await kit.fake.next(
      (c) => c.method === "views.publish" && kit.fake.callsOf("views.publish").indexOf(c) >= before,
    );
    const redrawn = kit.fake.callsOf("views.publish").at(-1);
    expect(JSON.stringify(redrawn?.body.view)).not.toContain("Approve");
  });

  it("tells someone Baton does not know how to link, on the tab", async () => {
    await deliver(
      kit.url,
      slashCommand({ ...kit.command(ADA.userId, "/baton", "help"), user_id: "U_STRANGER" }),
    );
    await deliver(
      kit.url,
      eventCallback({
        team_id: "T1",
        api_app_id: "A1",
        type: "event_callback",
        event_id: "Ev-home-3",
        event: { type: "app_home_opened", user: "U_STRANGER", channel: "D9", tab: "home" },
      }),
    );
    const published = await kit.fake.next((c) => c.method === "views.publish");
    expect(JSON.stringify(published.body.view)).toContain("/link");
  });

  it("shows what fits of a home tab too long for it, and a button that posts all of it in a DM", async () => {
    const long = {
      locale: "en" as const,
      blocks: Array.from({ length: 130 }, (_, i) => ({ type: "text" as const, text: `task ${i}` })),
    };
    const to = { teamId: "T1", slackUserId: slackId(MIA.userId), shared: false };
    const tab = (await homePage({ crm: kit.crm, onError: () => {} }, long, to)) as {
      type: string;
      elements?: Element[];
    }[];
    expect(tab).toHaveLength(100);
    expect(JSON.stringify(tab[98])).toContain("… +32");
    const button = tab[99]?.elements?.[0];
    expect(button?.text.text).toBe("Show everything in a direct message");
    if (!button) throw new Error("no button");
    await deliver(kit.url, pressOnHome(MIA.userId, button, "home-more", "1700000003.000001"));
    const dm = await kit.fake.next(
      (c) => c.method === "chat.postMessage" && c.body.channel === slackId(MIA.userId),
    );
    expect(dm.body.text).toBe("Page 1 of 3");
    const blocks = dm.body.blocks as {
      type: string;
      text?: { text: string };
      elements?: Element[];
    }[];
    expect(blocks[0]?.text?.text).toBe("task 0");
    expect(blocks.at(-1)?.elements?.[0]?.text.text).toBe("Show more (2 of 3)");
  });
});
