import { openTestCrm } from "@baton/crm/testing";
import { testDrivers } from "@baton/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackApp, readSlackConfig, type SlackApp } from "../src";
import { type FakeSlack, startFakeSlack } from "./support/fakeSlack";
import { deliver, SIGNING_SECRET, slashCommand } from "./support/signedRequest";
import { ADA, SLACK_USERS, slackId } from "./support/slackTestKit";

const [driver] = testDrivers();

describe.runIf(driver)("installing Baton in another workspace with OAuth", () => {
  let fake: FakeSlack;
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  let slack: SlackApp;
  let base: string;
  beforeAll(async () => {
    fake = await startFakeSlack(SLACK_USERS);
    crm = await openTestCrm(driver as NonNullable<typeof driver>);
    await crm.createAccount(ADA, { name: "Acme GmbH" });
    const config = readSlackConfig({
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_CLIENT_ID: "111.222",
      SLACK_CLIENT_SECRET: "client-secret",
      SLACK_STATE_SECRET: "state-secret",
      SLACK_API_URL: fake.apiUrl,
    });
    if (!config.ok) throw new Error(config.problems.join("; "));
    slack = await createSlackApp({ config: config.value, crm });
    const { port } = await slack.listen(0, "127.0.0.1");
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await slack?.close();
    await fake?.close();
    await crm?.close();
  });

  it("keeps the installation in the database and then serves that workspace's commands", async () => {
    const install = await fetch(`${base}/slack/install`, { redirect: "manual" });
    expect(install.status).toBe(302);
    const location = new URL(install.headers.get("location") ?? "");
    expect(location.searchParams.get("scope")).toContain("users:read.email");
    const state = location.searchParams.get("state") ?? "";
    const cookie = (install.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

    const redirect = await fetch(
      `${base}/slack/oauth_redirect?code=the-code&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie },
        redirect: "manual",
      },
    );
    expect(redirect.status).toBeLessThan(400);
    const stored = await crm.context.store.db
      .selectFrom("installations")
      .select(["platform", "team_id"])
      .execute();
    expect(stored).toEqual([{ platform: "slack", team_id: "T2" }]);

    const trigger = "t-oauth";
    await deliver(
      `${base}/slack/events`,
      slashCommand({
        team_id: "T2",
        user_id: slackId(ADA.userId),
        channel_id: "C2",
        command: "/log",
        text: "call Acme GmbH from the other workspace next: send proposal in 1 hour",
        trigger_id: trigger,
        response_url: fake.responseUrl(trigger),
      }),
    );
    const answer = await fake.next(
      (c) => c.method === "response_url" && c.body.path === `/respond/${trigger}`,
    );
    expect(String(answer.body.text)).toContain("Logged a call on Acme GmbH");

    // Notifications in that workspace go out with its own installation's token.
    crm.clock.advance(2 * 3_600_000);
    await slack.notifier.pump();
    const reminder = await fake.next((c) => c.method === "chat.postMessage");
    expect(reminder.body.channel).toBe(slackId(ADA.userId));
    expect(reminder.token).toBe("xoxb-installed");
    expect(String(reminder.body.text)).toContain("send proposal");
  });

  it("refuses a command from a workspace that never installed Baton", async () => {
    const response = await deliver(
      `${base}/slack/events`,
      slashCommand({
        team_id: "T404",
        user_id: "U1",
        channel_id: "C1",
        command: "/account",
        text: "Acme GmbH",
        trigger_id: "t-none",
        response_url: fake.responseUrl("t-none"),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.callsOf("response_url").filter((c) => c.body.path === "/respond/t-none")).toEqual(
      [],
    );
  });
});
