import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueJob, type Job, jobWorker, openStore, type Store } from "../src";
import { testDrivers } from "../src/testing";

const T0 = new Date("2026-03-02T09:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

describe.each(testDrivers())("durable jobs on $name", (driver) => {
  let store: Store;
  beforeEach(async () => {
    store = await driver.open();
  });
  afterEach(async () => {
    await store.close();
  });

  const stateOf = async (id: string | null) =>
    store.db
      .selectFrom("jobs")
      .selectAll()
      .where("id", "=", id ?? "")
      .executeTakeFirstOrThrow();

  it("runs a job once when it is due, and not before", async () => {
    const seen: Job[] = [];
    const id = await enqueueJob(store.db, {
      name: "remind",
      payload: { taskId: "t1" },
      runAt: later(60_000),
    });
    const worker = jobWorker(store, { remind: async (job) => void seen.push(job) });
    expect(await worker.runDue(T0)).toBe(0);
    expect(await worker.runDue(later(60_000))).toBe(1);
    expect(await worker.runDue(later(120_000))).toBe(0);
    expect(seen).toMatchObject([{ id, name: "remind", payload: { taskId: "t1" }, attempt: 1 }]);
    expect((await stateOf(id)).state).toBe("completed");
  });

  it("never runs a job whose transaction rolled back", async () => {
    await store.db
      .transaction()
      .execute(async (tx) => {
        await enqueueJob(tx, { name: "remind", payload: {}, runAt: T0 });
        throw new Error("the change was refused");
      })
      .catch(() => {});
    const worker = jobWorker(store, { remind: async () => {} });
    expect(await worker.runDue(later(1))).toBe(0);
  });

  it("retries a failing job with growing back-off, then marks it failed with the last error", async () => {
    const id = await enqueueJob(store.db, {
      name: "deliver",
      payload: {},
      runAt: T0,
      maxAttempts: 3,
    });
    const worker = jobWorker(store, {
      deliver: async (job) => {
        throw new Error(`Slack said no (try ${job.attempt})`);
      },
    });
    expect(await worker.runDue(T0)).toBe(1);
    expect(await stateOf(id)).toMatchObject({ state: "queued", attempt: 1, run_at: later(2_000) });
    expect(await worker.runDue(later(1_999))).toBe(0);
    expect(await worker.runDue(later(2_000))).toBe(1);
    expect(await stateOf(id)).toMatchObject({ state: "queued", attempt: 2, run_at: later(6_000) });
    expect(await worker.runDue(later(6_000))).toBe(1);
    expect(await stateOf(id)).toMatchObject({
      state: "failed",
      attempt: 3,
      last_error: "Slack said no (try 3)",
    });
    expect(await worker.runDue(later(3_600_000))).toBe(0);
  });

  it("fails a job nobody handles, saying so", async () => {
    const id = await enqueueJob(store.db, {
      name: "mystery",
      payload: {},
      runAt: T0,
      maxAttempts: 1,
    });
    await jobWorker(store, {}).runDue(T0);
    expect(await stateOf(id)).toMatchObject({
      state: "failed",
      last_error: "no handler for job 'mystery'",
    });
  });

  it("adds a singleton job once while it waits, and again after it ran", async () => {
    const first = await enqueueJob(store.db, {
      name: "sla",
      payload: {},
      runAt: T0,
      singletonKey: "deal-1",
    });
    const second = await enqueueJob(store.db, {
      name: "sla",
      payload: {},
      runAt: T0,
      singletonKey: "deal-1",
    });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    await jobWorker(store, { sla: async () => {} }).runDue(T0);
    expect(
      await enqueueJob(store.db, { name: "sla", payload: {}, runAt: T0, singletonKey: "deal-1" }),
    ).not.toBeNull();
  });

  it("runs again a job whose worker died holding it, once the lease is over", async () => {
    const id = await enqueueJob(store.db, { name: "digest", payload: {}, runAt: T0 });
    const dying = jobWorker(
      store,
      { digest: () => new Promise<void>(() => {}) },
      { leaseMs: 60_000 },
    );
    void dying.runDue(T0);
    await expect.poll(async () => (await stateOf(id)).state).toBe("active");
    const runs: number[] = [];
    const healthy = jobWorker(
      store,
      { digest: async (job) => void runs.push(job.attempt) },
      { leaseMs: 60_000 },
    );
    expect(await healthy.runDue(later(30_000))).toBe(0);
    expect(await healthy.runDue(later(60_001))).toBe(1);
    expect(runs).toEqual([2]);
  });
});

const url = process.env.DATABASE_URL;

describe.runIf(url)("two workers on one PostgreSQL", () => {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  let a: Store;
  let b: Store;
  beforeEach(async () => {
    a = await openStore({ url: url as string, schema, poolSize: 4 });
    b = await openStore({ url: url as string, schema, poolSize: 4 });
  });
  afterEach(async () => {
    await sql`drop schema ${sql.id(schema)} cascade`.execute(a.db);
    await a.close();
    await b.close();
  });

  it("run each of 200 jobs exactly once between them", async () => {
    for (let i = 0; i < 200; i += 1)
      await enqueueJob(a.db, { name: "work", payload: { i }, runAt: T0 });
    const runs = new Map<string, number>();
    const handler = async (job: Job) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 1));
    };
    const workers = [
      jobWorker(a, { work: handler }, { workerId: "a" }),
      jobWorker(a, { work: handler }, { workerId: "a2" }),
      jobWorker(b, { work: handler }, { workerId: "b" }),
      jobWorker(b, { work: handler }, { workerId: "b2" }),
    ];
    const counts = await Promise.all(workers.map((w) => w.runDue(later(1))));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(200);
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});
