import { randomBytes } from "node:crypto";
import { type Crm, openCrm } from "@baton/crm";
import { TEAMS, USERS } from "@baton/crm/testing";
import { openStore, type Store } from "@baton/store";
import { startTcpProxy, type TcpProxy, testDrivers } from "@baton/store/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliver, slashCommand } from "./support/signedRequest";
import { ADA, openSlackTest } from "./support/slackTestKit";

const url = process.env.DATABASE_URL;
const postgres = testDrivers().find((d) => d.name === "postgres");

describe.runIf(url && postgres)("Slack while the database is down", () => {
  let proxy: TcpProxy;
  let store: Store;
  let crm: Crm;
  let kit: Awaited<ReturnType<typeof openSlackTest>>;
  const schema = `t_${randomBytes(6).toString("hex")}`;

  beforeAll(async () => {
    const target = new URL(url as string);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(url as string);
    proxied.port = String(proxy.port);
    store = await openStore({ url: proxied.toString(), schema, poolSize: 4 });
    crm = await openCrm({ store });
    expect((await crm.upsertTeams(TEAMS)).ok).toBe(true);
    expect((await crm.upsertUsers(USERS)).ok).toBe(true);
    expect((await crm.createAccount(ADA, { name: "Acme GmbH" })).ok).toBe(true);
    kit = await openSlackTest(postgres as NonNullable<typeof postgres>, { crm });
  });

  afterAll(async () => {
    await proxy.restore().catch(() => {});
    await kit.close();
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
    await crm.close();
    await store.close();
    await proxy.close();
  });

  it("tells the user politely, writes nothing, and works again once it is back", async () => {
    // Linked before the outage, as a user who has used Baton before would be.
    await deliver(kit.url, slashCommand(kit.command(ADA.userId, "/link", "", "t-before")));
    await kit.fake.next((c) => c.method === "response_url" && c.body.path === "/respond/t-before");
    await proxy.cut();
    await deliver(
      kit.url,
      slashCommand(kit.command(ADA.userId, "/log", "call Acme GmbH pricing", "t-down")),
    );
    const told = await kit.fake.next(
      (c) => c.method === "response_url" && c.body.path === "/respond/t-down",
    );
    expect(String(told.body.text)).toMatch(/can't be reached right now, so nothing was saved/);
    await proxy.restore();
    const calls = await store.db.selectFrom("activities").select("id").execute();
    expect(calls).toEqual([]);
    await deliver(
      kit.url,
      slashCommand(kit.command(ADA.userId, "/log", "call Acme GmbH pricing", "t-back")),
    );
    const after = await kit.fake.next(
      (c) => c.method === "response_url" && c.body.path === "/respond/t-back",
    );
    expect(String(after.body.text)).toContain("Logged a call on Acme GmbH");
  });
});
