// Fuzzy search over 100,000 accounts on each driver (contacts, deals and leads are
// searched too, but left empty: loading a million demo rows takes minutes).
// Baseline in the same run: the cheapest indexed name lookup, a prefix LIKE with
// LIMIT 20 on accounts. Target: find p95 under 20 ms on PostgreSQL.
import { generateDemoData, loadDemoData } from "@baton/crm";
import { sql } from "kysely";
import { benchDrivers, machine } from "./benchCrm.mjs";
import { ms, rssMb, summary, timeSequential } from "./latency.mjs";
import { seededRandom } from "./seededQueries.mjs";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 500);
const now = new Date("2026-03-31T09:00:00Z");
const full = generateDemoData({ seed: 11, accounts: ACCOUNTS, now }).value;
const data = full;
const admin =
  data.users.find((u) => u.roles.includes("admin")) ??
  data.users.find((u) => u.roles.includes("leadership"));
const rep = data.users.find((u) => u.roles.includes("rep"));

const random = seededRandom(5);
const pick = (list) => list[Math.floor(random() * list.length)];
const typo = (name) => {
  const i = 1 + Math.floor(random() * Math.max(1, name.length - 2));
  return name.slice(0, i) + name.slice(i + 1);
};
const queries = Array.from({ length: QUERIES }, (_, i) => {
  const name = pick(data.accounts).name;
  const cjk = /[\u4e00-\u9fff]/.test(name);
  switch (i % 4) {
    case 0:
      return name;
    case 1:
      return cjk ? name.slice(2, 4) : name.split(" ")[0];
    case 2:
      return cjk ? name.slice(0, 4) : typo(name.split(" ").slice(0, 2).join(" "));
    default:
      return cjk ? name.slice(-6, -4) : name.split(" ").slice(-2).join(" ").toLowerCase();
  }
});

console.log(
  `find — ${ACCOUNTS.toLocaleString("en")} accounts; ${QUERIES} queries (exact, first word, typo, tail; a quarter Chinese); ${await machine()}`,
);
for (const driver of benchDrivers()) {
  const { crm, dispose } = await driver.open();
  try {
    const started = performance.now();
    await loadDemoData(crm, data, { tables: ["teams", "users", "accounts"] });
    await sql`analyze`.execute(crm.context.store.db);
    const loadSeconds = (performance.now() - started) / 1000;
    const db = crm.context.store.db;
    const baseline = await timeSequential(QUERIES, (i) =>
      sql`select id, name from accounts where lower(name) like ${`${queries[i].toLowerCase().replace(/[\\%_]/g, "\\$&")}%`} order by lower(name) limit 20`.execute(
        db,
      ),
    );
    const found = [];
    const asAdmin = await timeSequential(QUERIES, async (i) => {
      const result = await crm.find({ userId: admin.id }, { query: queries[i], limit: 10 });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      found.push(result.value.length > 0);
    });
    const asRep = await timeSequential(QUERIES, async (i) => {
      const result = await crm.find({ userId: rep.id }, { query: queries[i], limit: 10 });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    });
    const b = summary(baseline);
    const a = summary(asAdmin);
    const r = summary(asRep);
    const hit = found.filter(Boolean).length / found.length;
    console.log(
      `${driver.name.padEnd(8)} load ${loadSeconds.toFixed(1)} s | prefix LIKE p50 ${ms(b.p50)} p95 ${ms(b.p95)} | ` +
        `find (admin) p50 ${ms(a.p50)} p95 ${ms(a.p95)} p99 ${ms(a.p99)} (${(a.p50 / b.p50).toFixed(1)}× baseline p50), ` +
        `found something for ${(hit * 100).toFixed(0)}% | find (rep) p50 ${ms(r.p50)} p95 ${ms(r.p95)} | RSS ${rssMb()}`,
    );
  } finally {
    await dispose();
  }
}
