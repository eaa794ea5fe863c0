import { randomBytes } from "node:crypto";
import { openStore, type Store } from "@baton/store";
import { startTcpProxy, type TcpProxy } from "@baton/store/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Crm, openCrm } from "../../src";
import { TEAMS, USERS } from "../crmTestKit";

const url = process.env.DATABASE_URL;

describe.runIf(url)("when PostgreSQL cannot be reached", () => {
  let proxy: TcpProxy;
  let store: Store;
  let crm: Crm;
  const schema = `t_${randomBytes(6).toString("hex")}`;

  beforeAll(async () => {
    const target = new URL(url as string);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(url as string);
    proxied.port = String(proxy.port);
    store = await openStore({ url: proxied.toString(), schema, poolSize: 4 });
    crm = await openCrm({ store });
    expect((await crm.upsertUsers(USERS)).ok).toBe(true);
  });

  afterAll(async () => {
    await proxy.restore().catch(() => {});
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
    await crm.close();
    await store.close();
    await proxy.close();
  });

  it("answers a write with a polite 'unavailable', writes nothing, and works again once it is back", async () => {
    await proxy.cut();
    const during = await crm.upsertTeams(TEAMS);
    expect(during).toMatchObject({ ok: false, error: { code: "unavailable" } });
    if (!during.ok) expect(during.error.message).toMatch(/try again|cannot be reached/i);

    await proxy.restore();
    const teamsAfterOutage = await store.db.selectFrom("teams").select("id").execute();
    expect(teamsAfterOutage).toEqual([]);
    const after = await crm.upsertTeams(TEAMS);
    expect(after.ok).toBe(true);
  });

  it("refuses to open at all with a StoreError that says what to check", async () => {
    await expect(openStore({ url: "postgres://postgres@127.0.0.1:1/test" })).rejects.toMatchObject({
      code: "unavailable",
      message: expect.stringMatching(/DATABASE_URL/),
    });
  });
});
