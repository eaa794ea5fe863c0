import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { accountToRow } from "@baton/store";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { type CrmOptions, openCrm } from "../../src";
import { T0, TEAMS, USERS } from "../crmTestKit";

const script = join(import.meta.dirname, "..", "support", "logActivities.mjs");

/** Starts the writer, kills it with SIGKILL after `killAfter` acknowledged writes, returns what it acknowledged. */
const killMidway = (target: string, killAfter: number) =>
  new Promise<Map<number, string>>((resolve, reject) => {
    const acked = new Map<number, string>();
    const child = spawn(process.execPath, [script, target, "10000"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let buffer = "";
    let errors = "";
    child.stderr.on("data", (chunk) => {
      errors += chunk;
    });
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        const [word, n, id] = line.split(" ");
        if (word === "ack" && n && id) acked.set(Number(n), id);
      }
      if (acked.size >= killAfter && child.exitCode === null) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) =>
      signal === "SIGKILL"
        ? resolve(acked)
        : reject(new Error(`writer ended on its own (${code}): ${errors}`)),
    );
  });

const seed = async (options: CrmOptions) => {
  const crm = await openCrm(options);
  await crm.upsertTeams(TEAMS);
  await crm.upsertUsers(USERS);
  const account = {
    id: "acc-acme",
    name: "Acme GmbH",
    parentId: null,
    lifecycleStage: "customer" as const,
    ownerId: "user-ada",
    ownerQueue: null,
    teamId: "team-sales",
    previousOwnerIds: [],
    createdAt: T0,
  };
  await crm.context.store.db.insertInto("accounts").values(accountToRow(account, T0)).execute();
  await crm.close();
};

const expectEveryAcknowledgedWrite = async (options: CrmOptions, acked: Map<number, string>) => {
  const crm = await openCrm(options);
  try {
    const rows = await crm.context.store.db
      .selectFrom("activities")
      .select(["id", "body"])
      .where("kind", "=", "call")
      .execute();
    const stored = new Map(rows.map((r) => [r.id, r.body]));
    const missing = [...acked].filter(([n, id]) => stored.get(id) !== `call number ${n}`);
    expect(missing).toEqual([]);
    // At most the one write in flight when it died may be there without an ack.
    expect(rows.length - acked.size).toBeLessThanOrEqual(1);
    // The writer resumes where it stopped: retrying an acknowledged key writes nothing new.
    const [n] = [...acked.keys()].slice(-1);
    const retry = await crm.logActivity(
      { userId: "user-ada" },
      { kind: "call", account: "Acme GmbH", body: `call number ${n}` },
      { idempotencyKey: `kill-test-${n}` },
    );
    expect(retry.ok && retry.value.activity.id).toBe(acked.get(n as number));
    expect(await crm.context.store.db.selectFrom("activities").select("id").execute()).toHaveLength(
      rows.length,
    );
  } finally {
    await crm.close();
  }
};

describe("a writer killed with SIGKILL in the middle of 10,000 logActivity calls", () => {
  const folder = mkdtempSync(join(tmpdir(), "baton-kill-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("on a PGlite folder: after restart every acknowledged write is there", async () => {
    const dataDir = join(folder, "data");
    await seed({ dataDir, closeOnSignal: false });
    const acked = await killMidway(dataDir, 150 + Math.floor(Math.random() * 150));
    expect(acked.size).toBeGreaterThanOrEqual(150);
    await expectEveryAcknowledgedWrite({ dataDir, closeOnSignal: false }, acked);
  }, 120_000);

  it.runIf(process.env.DATABASE_URL)(
    "on PostgreSQL: after restart every acknowledged write is there",
    async () => {
      const url = process.env.DATABASE_URL as string;
      const schema = `t_${randomBytes(6).toString("hex")}`;
      await seed({ url, schema });
      try {
        const acked = await killMidway(`${url}#${schema}`, 300 + Math.floor(Math.random() * 300));
        await expectEveryAcknowledgedWrite({ url, schema }, acked);
      } finally {
        const crm = await openCrm({ url, schema, migrate: false });
        await sql`drop schema ${sql.id(schema)} cascade`.execute(crm.context.store.db);
        await crm.close();
      }
    },
    120_000,
  );
});
