import type { Crm } from "@baton/crm";
import { openTestCrm, USERS } from "@baton/crm/testing";
import type { TestDriver } from "@baton/store/testing";
import { createSlackApp, readSlackConfig } from "../../src";
import { type FakeUsers, startFakeSlack } from "./fakeSlack";
import { SIGNING_SECRET } from "./signedRequest";

export { ADA, BOB, MIA, T0 } from "@baton/crm/testing";

/** Slack users of the test workspace T1: one per test-company person, by email. */
export const SLACK_USERS: FakeUsers = Object.fromEntries(
  USERS.filter((u) => u.email).map((u) => [
    `U_${String(u.id).replace("user-", "").toUpperCase()}`,
    { email: String(u.email) },
  ]),
);
/** The Slack id of a test-company user: `slackId("user-ada")` is "U_ADA". */
export const slackId = (userId: string) => `U_${userId.replace("user-", "").toUpperCase()}`;

let triggers = 0;

/**
 * The Slack app over HTTP on 127.0.0.1 with the real Bolt receiver, on a CRM
 * seeded with the test company, talking to a fake Slack Web API.
 */
export const openSlackTest = async (driver: TestDriver, options: { crm?: Crm } = {}) => {
  const fake = await startFakeSlack({
    ...SLACK_USERS,
    U_STRANGER: { email: "nobody@elsewhere.example" },
  });
  const testCrm = options.crm ? null : await openTestCrm(driver);
  const crm: Crm = options.crm ?? (testCrm as Crm);
  const config = readSlackConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_API_URL: fake.apiUrl,
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  const errors: unknown[] = [];
  // Bolt's clock is the system's; the CRM's is the test clock, so signatures use real time.
  const slack = await createSlackApp({ config: config.value, crm, onError: (e) => errors.push(e) });
  const { port } = await slack.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}/slack/events`;
  const command = (
    userId: string,
    command: string,
    text: string,
    triggerId = `trigger-${++triggers}`,
  ) => ({
    token: "legacy",
    team_id: "T1",
    team_domain: "acme",
    channel_id: "C1",
    channel_name: "sales",
    user_id: slackId(userId),
    user_name: userId,
    command,
    text,
    api_app_id: "A1",
    trigger_id: triggerId,
    response_url: fake.responseUrl(triggerId),
  });
  return {
    crm,
    /** The test clock of a CRM this kit opened (the CRM's "now"); absent for a given CRM. */
    clock: testCrm?.clock,
    fake,
    /** Delivers what the outbox says people should be told, as the running app does every second. */
    pump: () => slack.notifier?.pump() ?? Promise.resolve(0),
    url,
    errors,
    command,
    close: async () => {
      await slack.close();
      await fake.close();
      if (!options.crm) await crm.close();
    },
  };
};
