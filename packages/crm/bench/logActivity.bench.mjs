// logActivity throughput and latency on each driver, beside the cheapest possible
// write on the same database in the same run: one activity row inserted in its own
// transaction. The ratio says what resolving the account, checking access and
// writing history, event and idempotency key cost on top of that.
import { generateDemoData, loadDemoData } from "@baton/crm";
import { benchDrivers, machine } from "./benchCrm.mjs";
import { ms, rssMb, summary, timeConcurrent, timeSequential } from "./latency.mjs";

const N = Number(process.env.BENCH_LOG_CALLS ?? 1000);
const now = new Date("2026-03-31T09:00:00Z");
const data = generateDemoData({ seed: 7, accounts: 200, now }).value;
const rep = data.users.find(
  (u) => u.roles.includes("rep") && data.accounts.some((a) => a.ownerId === u.id),
);
const names = data.accounts.filter((a) => a.ownerId === rep.id).map((a) => a.name);

console.log(`logActivity — ${N} calls per driver; ${await machine()}`);
for (const driver of benchDrivers()) {
  const { crm, dispose } = await driver.open();
  try {
    await loadDemoData(crm, data);
    const db = crm.context.store.db;
    const account = data.accounts.find((a) => a.ownerId === rep.id);
    const bare = await timeSequential(N, (i) =>
      db.transaction().execute((tx) =>
        tx
          .insertInto("activities")
          .values({
            id: `bare-${i}`,
            kind: "call",
            occurred_at: now,
            actor_id: rep.id,
            account_id: account.id,
            body: "pricing call",
            private: false,
            direction: null,
            outcome: null,
            subject: null,
            contact_id: null,
            lead_id: null,
            deal_id: null,
            next_step_text: null,
            next_step_due_at: null,
            due_at: null,
            completed_at: null,
            follows_activity_id: null,
            external_id: null,
          })
          .execute(),
      ),
    );
    const call = (prefix) => async (i) => {
      const result = await crm.logActivity(
        { userId: rep.id },
        {
          kind: "call",
          account: names[i % names.length],
          body: "pricing call, they want 15% off",
          ...(i % 2 === 0
            ? { nextStep: { text: "send proposal", dueAt: new Date(now.getTime() + 86_400_000) } }
            : {}),
        },
        { idempotencyKey: `${prefix}-${i}` },
      );
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    };
    const sequential = await timeSequential(N, call("seq"));
    const concurrent = await timeConcurrent(N, 8, call("par"));
    const b = summary(bare);
    const s = summary(sequential);
    const c = summary(concurrent.durations);
    const seqSeconds = sequential.reduce((x, y) => x + y, 0) / 1000;
    console.log(
      `${driver.name.padEnd(8)} bare insert p50 ${ms(b.p50)} p99 ${ms(b.p99)} | logActivity p50 ${ms(s.p50)} p99 ${ms(s.p99)} ` +
        `(${(s.p50 / b.p50).toFixed(1)}× bare p50), ${(N / seqSeconds).toFixed(0)}/s one at a time, ` +
        `${(N / concurrent.seconds).toFixed(0)}/s with 8 in flight (p99 ${ms(c.p99)}) | RSS ${rssMb()}`,
    );
  } finally {
    await dispose();
  }
}
