import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliver, slashCommand } from "./support/signedRequest";
import { ADA, openSlackTest } from "./support/slackTestKit";

const [driver] = testDrivers();

describe.runIf(driver)("the Slack receiver", () => {
  let kit: Awaited<ReturnType<typeof openSlackTest>>;
  beforeEach(async () => {
    if (driver) kit = await openSlackTest(driver);
    const acme = await kit.crm.createAccount(ADA, { name: "Acme GmbH" });
    if (!acme.ok) throw new Error(acme.error.message);
  });
  afterEach(async () => {
    await kit?.close();
  });

  const calls = () =>
    kit.crm.context.store.db
      .selectFrom("activities")
      .select("body")
      .where("kind", "=", "call")
      .execute();
  const logCall = (triggerId?: string) =>
    slashCommand(kit.command(ADA.userId, "/log", "call Acme GmbH pricing", triggerId));
  const now = () => Math.floor(Date.now() / 1000);

  it("logs a call from a signed /log and answers through response_url", async () => {
    const response = await deliver(kit.url, logCall("t-ok"));
    expect(response.status).toBe(200);
    const answer = await kit.fake.next((c) => c.method === "response_url");
    expect(answer.body.path).toBe("/respond/t-ok");
    expect(answer.body.response_type).toBe("ephemeral");
    expect(String(answer.body.text)).toContain("Logged a call on Acme GmbH");
    expect(await calls()).toEqual([{ body: "pricing" }]);
  });

  it.each([
    ["a wrong signature", { secret: "not-the-secret" }],
    ["no signature", { secret: null }],
    ["a timestamp six minutes old", { timestamp: now() - 6 * 60 }],
    ["a timestamp six minutes in the future", { timestamp: now() + 6 * 60 }],
  ] as const)("refuses %s and writes nothing", async (_, delivery) => {
    const response = await deliver(kit.url, logCall(), delivery);
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(kit.fake.callsOf("response_url")).toEqual([]);
    expect(await calls()).toEqual([]);
  });

  it("writes once when Slack delivers the same command four times", async () => {
    const body = logCall("t-retry");
    const responses = await Promise.all([
      deliver(kit.url, body),
      deliver(kit.url, body, { retryNum: 1 }),
      deliver(kit.url, body, { retryNum: 2 }),
      deliver(kit.url, body, { retryNum: 3 }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await kit.fake.next((c) => c.method === "response_url");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await calls()).toHaveLength(1);
  });
});
