import type { AddressInfo } from "node:net";
import { openTestCrm } from "@baton/crm/testing";
import { testDrivers } from "@baton/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { createSlackApp, readSlackConfig, type SlackApp } from "../src";
import { type FakeSlack, startFakeSlack } from "./support/fakeSlack";
import { ADA, SLACK_USERS, slackId } from "./support/slackTestKit";

const [driver] = testDrivers();

/** Slack's side of Socket Mode: a WebSocket server that says hello and records acknowledgements. */
const startSocketServer = async () => {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const acks: { envelope_id: string }[] = [];
  let socket: WebSocket | undefined;
  const connected = new Promise<void>((resolve) => {
    server.on("connection", (ws) => {
      socket = ws;
      ws.on("message", (data) => acks.push(JSON.parse(String(data)) as { envelope_id: string }));
      ws.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { approximate_connection_time: 3600 },
        }),
      );
      resolve();
    });
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    connected,
    acks,
    send: (envelope: unknown) => socket?.send(JSON.stringify(envelope)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
};

describe.runIf(driver)("Socket Mode", () => {
  let sockets: Awaited<ReturnType<typeof startSocketServer>>;
  let fake: FakeSlack;
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  let slack: SlackApp;
  beforeAll(async () => {
    sockets = await startSocketServer();
    fake = await startFakeSlack(SLACK_USERS, { socketUrl: sockets.url });
    crm = await openTestCrm(driver as NonNullable<typeof driver>);
    await crm.createAccount(ADA, { name: "Acme GmbH" });
    const config = readSlackConfig({
      SLACK_APP_TOKEN: "xapp-test",
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_API_URL: fake.apiUrl,
    });
    if (!config.ok) throw new Error(config.problems.join("; "));
    slack = await createSlackApp({ config: config.value, crm });
  });
  afterAll(async () => {
    await slack?.close();
    await sockets?.close();
    await fake?.close();
    await crm?.close();
  });

  it("connects without a signing secret, takes a slash command over the socket, acknowledges it and answers", async () => {
    const started = await slack.listen(0);
    expect(started.port).toBeNull();
    await sockets.connected;
    sockets.send({
      envelope_id: "env-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        team_id: "T1",
        user_id: slackId(ADA.userId),
        channel_id: "C1",
        command: "/log",
        text: "call Acme GmbH over the socket",
        trigger_id: "sock-1",
        response_url: fake.responseUrl("sock-1"),
      },
    });
    const answer = await fake.next(
      (c) => c.method === "response_url" && c.body.path === "/respond/sock-1",
    );
    expect(String(answer.body.text)).toContain("Logged a call on Acme GmbH");
    expect(sockets.acks.map((a) => a.envelope_id)).toContain("env-1");
    const stored = await crm.context.store.db.selectFrom("activities").select("body").execute();
    expect(stored).toEqual([{ body: "over the socket" }]);
  });
});
