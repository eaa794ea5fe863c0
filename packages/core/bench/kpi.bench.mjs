// KPI snapshot throughput: the public `kpiSnapshot` (from the BUILT @baton/core) against a
// hand-written single-pass loop computing the same sales numbers on the same data, same run.
// Build first: `npx tsup`.
//
//   node bench/kpi.bench.mjs                              100,000 deals, 1,000,000 activities
//   node bench/kpi.bench.mjs --deals=N --activities=M     a smaller or larger run
//
// Targets (exit code 1 with a line saying which was missed): kpiSnapshot takes < 1 s, at most
// 2x the baseline's time, and gives the same numbers.
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { defaultConfig, kpiSnapshot } from "@baton/core";
import { mulberry32 } from "./seededRandom.mjs";

const MAX_MS = 1000;
const MAX_SLOWDOWN_VS_BASELINE = 2;
const WARM_UPS = 2;
const RUNS = 7;
const SEED = 20260401;
const DAY = 86_400_000;

const arg = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
};
const DEAL_COUNT = arg("deals", 100_000);
const ACTIVITY_COUNT = arg("activities", 1_000_000);
const LEAD_COUNT = arg("leads", DEAL_COUNT / 2);
const REP_COUNT = 100;

const config = defaultConfig();
const STAGES = config.pipeline.stages;
const ORIGIN = Date.UTC(2025, 9, 1); // data spans October 2025 to March 2026
const current = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const previous = { start: new Date("2025-10-01T00:00:00Z"), end: new Date("2026-01-01T00:00:00Z") };
const KINDS = ["call", "email", "meeting", "demo", "note", "task"];

/** Rows shaped as a store maps them: entity-like objects with Date fields. */
const generate = () => {
  const random = mulberry32(SEED);
  const pick = (values) => values[Math.floor(random() * values.length)];
  const at = (maxDays) => new Date(ORIGIN + Math.floor(random() * maxDays * DAY));
  const users = Array.from({ length: REP_COUNT + 5 }, (_, i) => ({
    id: `user-${i}`,
    name: `User ${i}`,
    roles: i < REP_COUNT ? ["rep"] : ["marketing"],
    teamId: `team-${i % 5}`,
    active: i % 37 !== 0,
  }));
  const deals = new Array(DEAL_COUNT);
  for (let i = 0; i < DEAL_COUNT; i++) {
    const stage = pick(STAGES);
    const createdAt = at(170);
    const closedAt =
      stage.outcome === "open"
        ? null
        : new Date(createdAt.getTime() + Math.floor(random() * 60 * DAY));
    const history = [{ stage: "prospecting", at: createdAt, by: "user-0" }];
    if (random() < 0.5)
      history.push({
        stage: pick(STAGES).id,
        at: new Date(createdAt.getTime() + 5 * DAY),
        by: "user-0",
      });
    deals[i] = {
      id: `deal-${i}`,
      name: "Deal",
      accountId: `acct-${i % 20_000}`,
      ownerId: `user-${Math.floor(random() * REP_COUNT)}`,
      stage: stage.id,
      amount: { amountMinor: Math.floor(random() * 5_000_000), currency: "EUR" },
      createdAt,
      closedAt,
      stageHistory: history,
    };
  }
  const leads = new Array(LEAD_COUNT);
  for (let i = 0; i < LEAD_COUNT; i++) {
    const createdAt = at(180);
    const later = (share, days) =>
      random() < share ? new Date(createdAt.getTime() + Math.floor(random() * days * DAY)) : null;
    leads[i] = {
      id: `lead-${i}`,
      source: pick(["webinar", "ads", "referral"]),
      campaignId: random() < 0.6 ? pick(["cmp-a", "cmp-b", "cmp-c"]) : null,
      ownerId: `user-${REP_COUNT + (i % 5)}`,
      createdAt,
      mqlAt: later(0.5, 10),
      sqlAt: later(0.3, 20),
      opportunityAt: later(0.2, 30),
      customerAt: later(0.05, 60),
      firstTouchAt:
        random() < 0.9 ? new Date(createdAt.getTime() + Math.floor(random() * 180) * 60_000) : null,
      dealId: random() < 0.5 ? `deal-${Math.floor(random() * DEAL_COUNT)}` : null,
    };
  }
  const activities = new Array(ACTIVITY_COUNT);
  for (let i = 0; i < ACTIVITY_COUNT; i++) {
    const onDeal = random() < 0.7;
    activities[i] = {
      id: `act-${i}`,
      kind: pick(KINDS),
      actorId: `user-${Math.floor(random() * (REP_COUNT + 5))}`,
      occurredAt: at(182),
      accountId: null,
      contactId: null,
      leadId: onDeal ? null : `lead-${Math.floor(random() * LEAD_COUNT)}`,
      dealId: onDeal ? `deal-${Math.floor(random() * DEAL_COUNT)}` : null,
      private: false,
    };
  }
  const quotas = users
    .filter((u) => u.roles.includes("rep"))
    .map((u) => ({
      userId: u.id,
      ...current,
      amount: { amountMinor: 200_000_000, currency: "EUR" },
    }));
  const campaignCosts = ["cmp-a", "cmp-b", "cmp-c"].map((campaignId, i) => ({
    campaignId,
    at: new Date("2026-02-01T00:00:00Z"),
    cost: { amountMinor: 1_000_000 * (i + 1), currency: "EUR" },
  }));
  return { deals, activities, leads, users, quotas, campaignCosts };
};

// ---------------------------------------------------------------------------------------------
// The baseline: what a developer would write by hand for the default pipeline and these two
// periods: one pass over leads, deals and activities each, no validation, no error reporting,
// no groups, no currencies. It computes the same sales numbers the snapshot gives.
const baseline = (data, periods) => {
  const stageById = new Map(STAGES.map((s) => [s.id, s]));
  const touchKinds = new Set(["call", "email", "meeting", "demo"]);
  const reps = new Set(
    data.users.filter((u) => u.active && u.roles.includes("rep")).map((u) => u.id),
  );
  const P = periods.map((p) => ({ s: p.start.getTime(), e: p.end.getTime() }));
  const T = P.map(() => ({
    won: 0,
    lost: 0,
    wonMinor: 0,
    lostMinor: 0,
    cycle: [],
    created: 0,
    createdMinor: 0,
    open: 0,
    openMinor: 0,
    weightedMinor: 0,
    activities: 0,
    repActivities: 0,
    touches: 0,
    leads: 0,
    mql: 0,
    sql: 0,
    opp: 0,
    customer: 0,
    speed: [],
    campaignLeads: 0,
    campaignWonMinor: 0,
  }));
  const leadByDeal = new Map();
  for (const l of data.leads) {
    if (l.dealId && !leadByDeal.has(l.dealId)) leadByDeal.set(l.dealId, l);
    const c = l.createdAt.getTime();
    for (let p = 0; p < P.length; p++) {
      if (c < P[p].s || c >= P[p].e) continue;
      const t = T[p];
      t.leads++;
      if (l.customerAt) t.customer++;
      if (l.customerAt || l.opportunityAt) t.opp++;
      if (l.customerAt || l.opportunityAt || l.sqlAt) t.sql++;
      if (l.customerAt || l.opportunityAt || l.sqlAt || l.mqlAt) t.mql++;
      if (l.campaignId) t.campaignLeads++;
      if (l.firstTouchAt) t.speed.push(Math.max(0, l.firstTouchAt.getTime() - c) / 60_000);
    }
  }
  const won = new Map();
  for (const d of data.deals) {
    const stage = stageById.get(d.stage);
    const amount = d.amount.amountMinor;
    const c = d.createdAt.getTime();
    const closed = d.closedAt ? d.closedAt.getTime() : Number.NaN;
    for (let p = 0; p < P.length; p++) {
      const t = T[p];
      if (closed >= P[p].s && closed < P[p].e) {
        if (stage.outcome === "won") {
          t.won++;
          t.wonMinor += amount;
          t.cycle.push((closed - c) / DAY);
          if (leadByDeal.get(d.id)?.campaignId) t.campaignWonMinor += amount;
          let slots = won.get(d.id);
          if (!slots) {
            slots = { closed, periods: [] };
            won.set(d.id, slots);
          }
          slots.periods.push(p);
        } else {
          t.lost++;
          t.lostMinor += amount;
        }
      }
      if (c >= P[p].s && c < P[p].e) {
        t.created++;
        t.createdMinor += amount;
      }
      if (c < P[p].e && !(closed < P[p].e)) {
        let last = null;
        let lastAt = -Infinity;
        for (const h of d.stageHistory) {
          const a = h.at.getTime();
          if (a < P[p].e && a >= lastAt) {
            last = h.stage;
            lastAt = a;
          }
        }
        const atEnd =
          last !== null ? stageById.get(last) : stage.outcome === "open" ? stage : undefined;
        if (atEnd && atEnd.outcome === "open") {
          t.open++;
          t.openMinor += amount;
          const hundreds = Math.floor(amount / 100);
          t.weightedMinor += Math.round(
            hundreds * atEnd.probability + ((amount - hundreds * 100) * atEnd.probability) / 100,
          );
        }
      }
    }
  }
  for (const a of data.activities) {
    const at = a.occurredAt.getTime();
    const byRep = reps.has(a.actorId);
    for (let p = 0; p < P.length; p++) {
      if (at >= P[p].s && at < P[p].e) {
        T[p].activities++;
        if (byRep) T[p].repActivities++;
      }
    }
    if (a.dealId) {
      const w = won.get(a.dealId);
      if (w && at < w.closed && touchKinds.has(a.kind)) for (const p of w.periods) T[p].touches++;
    }
  }
  return T.map((t) => {
    const cycle = Float64Array.from(t.cycle).sort();
    const speed = Float64Array.from(t.speed).sort();
    const mid = (s) =>
      s.length % 2 ? s[s.length >> 1] : (s[(s.length >> 1) - 1] + s[s.length >> 1]) / 2;
    return {
      deals_won: t.won,
      won_amount: t.wonMinor,
      win_rate_by_count: t.won / (t.won + t.lost),
      win_rate_by_value: t.wonMinor / (t.wonMinor + t.lostMinor),
      average_deal_size: Math.round(t.wonMinor / t.won),
      sales_cycle_mean_days: t.cycle.reduce((s, x) => s + x, 0) / t.cycle.length,
      sales_cycle_median_days: mid(cycle),
      activities_logged: t.activities,
      activities_per_rep: t.repActivities / reps.size,
      touches_to_close: t.touches / t.won,
      speed_to_lead_median_minutes: mid(speed),
      speed_to_lead_p95_minutes: speed[Math.ceil(0.95 * speed.length) - 1],
      pipeline_created: t.createdMinor,
      pipeline_value: t.openMinor,
      weighted_pipeline_value: t.weightedMinor,
      leads_created: t.leads,
      lead_to_mql_rate: t.mql / t.leads,
      mql_to_sql_rate: t.sql / t.mql,
      sql_to_opportunity_rate: t.opp / t.sql,
      opportunity_to_customer_rate: t.customer / t.opp,
      campaign_won_revenue: t.campaignWonMinor,
    };
  });
};

const viaSnapshot = (data) => {
  const result = kpiSnapshot(data, current, previous, config);
  if (!result.ok) throw new Error(`kpiSnapshot refused the data: ${result.error.message}`);
  return result.value;
};

// ---------------------------------------------------------------------------------------------
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (run) => {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
};
const format = (n) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });

const data = generate();
console.log(
  `KPI snapshot: ${format(DEAL_COUNT)} deals, ${format(ACTIVITY_COUNT)} activities, ` +
    `${format(LEAD_COUNT)} leads, ${REP_COUNT} reps, two quarters; seed ${SEED}; ` +
    `median of ${RUNS} runs after ${WARM_UPS} warm-ups.`,
);
console.log(`Machine: node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? "?"}`);

const periods = [current, previous];
for (let w = 0; w < WARM_UPS; w++) {
  viaSnapshot(data);
  baseline(data, periods);
}
const snapshotMs = [];
const baselineMs = [];
let snapshot;
let hand;
for (let r = 0; r < RUNS; r++) {
  // Alternate the two so that noise from other work on the machine falls on both alike.
  const s = time(() => viaSnapshot(data));
  const b = time(() => baseline(data, periods));
  snapshotMs.push(s.ms);
  baselineMs.push(b.ms);
  snapshot = s.result;
  hand = b.result;
}

const differences = [];
for (const [p, which] of [
  [0, "current"],
  [1, "previous"],
]) {
  for (const [name, expected] of Object.entries(hand[p])) {
    const change = snapshot.sales[name];
    const got = p === 0 ? change.current.value : change.previous.value;
    if (!Object.is(got, expected))
      differences.push(`${name} (${which}): snapshot ${got}, baseline ${expected}`);
  }
}

const snapshotMedian = median(snapshotMs);
const baselineMedian = median(baselineMs);
const slowdown = snapshotMedian / baselineMedian;
console.log(
  `kpiSnapshot (public API):   ${snapshotMedian.toFixed(1)} ms  (runs: ${snapshotMs.map((ms) => ms.toFixed(0)).join(", ")} ms)`,
);
console.log(
  `hand-written baseline loop: ${baselineMedian.toFixed(1)} ms  (runs: ${baselineMs.map((ms) => ms.toFixed(0)).join(", ")} ms)`,
);
console.log(`snapshot time / baseline time: ${slowdown.toFixed(2)}x`);
const s = snapshot.sales;
console.log(
  `Current quarter: won ${format(s.deals_won.current.value)} (${format(s.won_amount.current.value)} minor), ` +
    `win rate ${s.win_rate_by_count.current.value.toFixed(4)}, activities ${format(s.activities_logged.current.value)}, ` +
    `pipeline ${format(s.pipeline_value.current.value)}, weighted ${format(s.weighted_pipeline_value.current.value)}, ` +
    `quota attainment ${s.quota_attainment.current.value.toFixed(4)}; ` +
    `${Object.keys(hand[0]).length} KPIs x 2 periods compared with the baseline.`,
);

const failures = [];
for (const d of differences.slice(0, 5))
  failures.push(`FAIL: snapshot and baseline disagree on ${d}.`);
if (snapshotMedian >= MAX_MS)
  failures.push(`FAIL: kpiSnapshot took ${snapshotMedian.toFixed(0)} ms, not under ${MAX_MS} ms.`);
if (slowdown > MAX_SLOWDOWN_VS_BASELINE)
  failures.push(
    `FAIL: kpiSnapshot took ${slowdown.toFixed(2)}x the baseline's time, more than the allowed ${MAX_SLOWDOWN_VS_BASELINE}x.`,
  );
for (const line of failures) console.log(line);
if (failures.length > 0) process.exit(1);
console.log(
  `PASS: ${snapshotMedian.toFixed(0)} ms < ${MAX_MS} ms, ${slowdown.toFixed(2)}x <= ${MAX_SLOWDOWN_VS_BASELINE}x the baseline, results identical.`,
);
