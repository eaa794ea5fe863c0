import { anOpenDeal } from "@baton/crm/testing";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliver, interaction, slashCommand } from "./support/signedRequest";
import { ADA, MIA, openSlackTest, slackId } from "./support/slackTestKit";

type Kit = Awaited<ReturnType<typeof openSlackTest>>;

const submission = (
  userId: string,
  viewId: string,
  callbackId: string,
  values: Record<string, unknown>,
  metadata: unknown,
) =>
  interaction({
    type: "view_submission",
    team: { id: "T1", domain: "acme" },
    user: { id: slackId(userId), team_id: "T1" },
    api_app_id: "A1",
    token: "legacy",
    trigger_id: `trig-${viewId}`,
    view: {
      id: viewId,
      type: "modal",
      callback_id: callbackId,
      private_metadata: JSON.stringify(metadata),
      hash: "h1",
      state: { values },
    },
  });

const logValues = (fields: {
  kind?: string;
  account?: string;
  text?: string;
  step?: string;
  when?: string;
}) => ({
  kind: {
    v: { type: "static_select", selected_option: fields.kind ? { value: fields.kind } : null },
  },
  account: { v: { type: "plain_text_input", value: fields.account ?? null } },
  text: { v: { type: "plain_text_input", value: fields.text ?? null } },
  step: { v: { type: "plain_text_input", value: fields.step ?? null } },
  when: { v: { type: "plain_text_input", value: fields.when ?? null } },
});

describe.each(testDrivers())("Slack modals and the message shortcut on $name", (driver) => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await openSlackTest(driver);
    const acme = await kit.crm.createAccount(ADA, { name: "Acme GmbH" });
    if (!acme.ok) throw new Error(acme.error.message);
  });
  afterEach(async () => {
    await kit.close();
  });

  const calls = () =>
    kit.crm.context.store.db
      .selectFrom("activities")
      .select(["kind", "body"])
      .where("kind", "<>", "task")
      .execute();

  it("opens the log form for a bare /log", async () => {
    await deliver(kit.url, slashCommand(kit.command(ADA.userId, "/log", "")));
    const opened = await kit.fake.next((c) => c.method === "views.open");
    expect((opened.body.view as { callback_id: string }).callback_id).toBe("baton.log");
  });

  it("shows what is wrong inline, keeping the form open and writing nothing", async () => {
    const response = await deliver(
      kit.url,
      submission(
        ADA.userId,
        "V-bad",
        "baton.log",
        logValues({ kind: "call", account: "Nowhere Ltd", step: "call back", when: "someday" }),
        { channel: "C1" },
      ),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      response_action: string;
      errors: Record<string, string>;
    };
    expect(body.response_action).toBe("errors");
    expect(body.errors.account).toContain('"Nowhere Ltd"');
    expect(body.errors.when).toContain('"someday"');
    expect(await calls()).toEqual([]);
  });

  it("logs a valid form once, however often Slack delivers it, and says so in a DM", async () => {
    const form = submission(
      ADA.userId,
      "V-ok",
      "baton.log",
      logValues({
        kind: "meeting",
        account: "Acme GmbH",
        text: "kick-off",
        step: "send notes",
        when: "tomorrow",
      }),
      { channel: "C1" },
    );
    await Promise.all([deliver(kit.url, form), deliver(kit.url, form, { retryNum: 1 })]);
    const dm = await kit.fake.next(
      (c) => c.method === "chat.postMessage" && c.body.channel === slackId(ADA.userId),
    );
    expect(String(dm.body.text)).toContain("Logged a meeting on Acme GmbH");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await calls()).toEqual([{ kind: "meeting", body: "kick-off" }]);
  });

  it("opens the log form from a message, with the message as what happened", async () => {
    await deliver(
      kit.url,
      interaction({
        type: "message_action",
        callback_id: "baton.log_message",
        team: { id: "T1" },
        user: { id: slackId(ADA.userId), team_id: "T1" },
        channel: { id: "C7", name: "acme-deal" },
        trigger_id: "trig-shortcut",
        message_ts: "1700000000.000100",
        message: {
          type: "message",
          text: "Acme wants a call about pricing next week",
          ts: "1700000000.000100",
        },
        response_url: kit.fake.responseUrl("shortcut"),
        token: "legacy",
      }),
    );
    const opened = await kit.fake.next((c) => c.method === "views.open");
    const view = opened.body.view as {
      callback_id: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    expect(view.callback_id).toBe("baton.log");
    expect(view.blocks.find((b) => b.block_id === "text")?.element.initial_value).toBe(
      "Acme wants a call about pricing next week",
    );
  });

  it("asks for the reason in a form when Reject is pressed, and rejects with it", async () => {
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
    await deliver(
      kit.url,
      interaction({
        type: "block_actions",
        team: { id: "T1" },
        user: { id: slackId(MIA.userId), team_id: "T1" },
        api_app_id: "A1",
        token: "legacy",
        trigger_id: "trig-reject",
        container: { type: "message", message_ts: "1", channel_id: "D2" },
        channel: { id: "D2" },
        response_url: kit.fake.responseUrl("reject"),
        actions: [
          {
            type: "button",
            action_id: "baton.command#1",
            block_id: "b",
            value: `/approvals reject ${asked.value.id}`,
            text: { type: "plain_text", text: "Reject" },
            action_ts: "1700000003.000001",
          },
        ],
      }),
    );
    const opened = await kit.fake.next((c) => c.method === "views.open");
    const view = opened.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe("baton.reject");
    const empty = await deliver(
      kit.url,
      submission(
        MIA.userId,
        "V-r0",
        "baton.reject",
        { comment: { v: { value: " " } } },
        JSON.parse(view.private_metadata),
      ),
    );
    expect(((await empty.json()) as { response_action: string }).response_action).toBe("errors");
    await deliver(
      kit.url,
      submission(
        MIA.userId,
        "V-r1",
        "baton.reject",
        { comment: { v: { value: "too deep for one year" } } },
        JSON.parse(view.private_metadata),
      ),
    );
    const dm = await kit.fake.next(
      (c) => c.method === "chat.postMessage" && c.body.channel === slackId(MIA.userId),
    );
    expect(String(dm.body.text)).toContain("Rejected the request on Acme renewal");
    const stored = await kit.crm.context.store.db
      .selectFrom("approval_requests")
      .select("status")
      .execute();
    expect(stored).toEqual([{ status: "rejected" }]);
  });
});
