// Lead scoring throughput: the public batch API (`scoreLeadBatch` from the BUILT @baton/core)
// against a hand-written loop doing the same work on the same data. Build first: `npx tsup`.
//
//   npm run bench                 1,000,000 leads (the target run)
//   npm run bench -- --leads=N    a smaller or larger run, e.g. to try a change quickly
//
// Targets (exit code 1 with a line saying which was missed): the batch API scores at least
// 2,000,000 leads/s, takes at most 2x the baseline's time, and gives the same numbers.
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import {
  COMBINED_SCORE_CODES,
  defaultConfig,
  FIT_GRADES,
  SENIORITIES,
  SIZE_BANDS,
  scoreLeadBatch,
} from "@baton/core";
import { mulberry32 } from "./seededRandom.mjs";

const TARGET_LEADS_PER_SECOND = 2_000_000;
const MAX_SLOWDOWN_VS_BASELINE = 2;
const WARM_UPS = 2;
const RUNS = 9;
const SEED = 20260331;
const MS_PER_DAY = 86_400_000;
const NOW = new Date("2026-03-31T09:00:00Z");

const leadsArg = process.argv.find((a) => a.startsWith("--leads="));
const LEAD_COUNT = leadsArg ? Number(leadsArg.slice("--leads=".length)) : 1_000_000;

// ---------------------------------------------------------------------------------------------

const config = defaultConfig();
const KNOWN_KINDS = Object.keys(config.scoring.engagement.points);

/** Leads as a store would map its rows (every fit field present, null when not recorded), and
 * their touches as columns grouped by lead (ORDER BY lead), 0–10 per lead. */
const generate = (leadCount, seed) => {
  const random = mulberry32(seed);
  const pick = (values) => values[Math.floor(random() * values.length)];
  const maybe = (values, share) => (random() < share ? pick(values) : null);
  const industries = ["software", "Software", "fintech", "manufacturing", "retail", "healthcare"];
  const moreIndustries = [...industries, "education", "logistics", "Media", "government"];
  const regions = ["emea", "apac", "amer", "latam"];
  const countries = ["DE", "US", "CN", "FR", "GB", "JP", "BR", "IN"];
  const departments = ["sales", "operations", "IT", "marketing", "finance", "engineering", "hr"];
  // Mostly known kinds, some typos and kinds a company has not configured (scored 0).
  const kinds = [...KNOWN_KINDS, ...KNOWN_KINDS, "chat", "Email_Open"];

  const leads = new Array(leadCount);
  const counts = new Uint8Array(leadCount);
  let eventCount = 0;
  for (let i = 0; i < leadCount; i++) {
    leads[i] = {
      industry: maybe(moreIndustries, 0.9),
      region: maybe(regions, 0.8),
      country: maybe(countries, 0.8),
      sizeBand: maybe(SIZE_BANDS, 0.85),
      seniority: maybe(SENIORITIES, 0.7),
      department: maybe(departments, 0.6),
    };
    counts[i] = Math.floor(random() * 11);
    eventCount += counts[i];
  }
  const leadIndex = new Int32Array(eventCount);
  const kind = new Array(eventCount);
  const atMs = new Float64Array(eventCount);
  const nowMs = NOW.getTime();
  let row = 0;
  for (let i = 0; i < leadCount; i++) {
    for (let e = 0; e < counts[i]; e++) {
      leadIndex[row] = i;
      kind[row] = pick(kinds);
      // Ages up to half a year, to the millisecond; about 1% of touches lie in the future.
      atMs[row] = nowMs - Math.floor((random() * 181 - 1.8) * MS_PER_DAY);
      row++;
    }
  }
  return { leads, events: { leadIndex, kind, atMs } };
};

// ---------------------------------------------------------------------------------------------
// The baseline: what a developer would write by hand for this one configuration, with the same
// lookups precomputed and the same arithmetic in the same order, but no validation, no error
// reporting and no generality (it assumes rows grouped by lead, as generated).
const baseline = (batch, now, scoring) => {
  const { leads } = batch;
  const { leadIndex, kind, atMs } = batch.events;
  const n = leads.length;
  const nowMs = now.getTime();
  const byField = {};
  for (const field of ["industry", "region", "country", "sizeBand", "seniority", "department"]) {
    byField[field] = new Map();
  }
  for (const rule of scoring.fit.rules) {
    const table = byField[rule.field];
    for (const value of new Set(rule.values.map((v) => v.trim().toLowerCase()))) {
      table.set(value, (table.get(value) ?? 0) + rule.points);
    }
  }
  const scorer = (table) => {
    const memo = new Map();
    return (value) => {
      if (value === null || value === undefined) return 0;
      let points = memo.get(value);
      if (points === undefined) {
        points = table.get(value.trim().toLowerCase()) ?? 0;
        memo.set(value, points);
      }
      return points;
    };
  };
  const industry = scorer(byField.industry);
  const region = scorer(byField.region);
  const country = scorer(byField.country);
  const sizeBand = scorer(byField.sizeBand);
  const seniority = scorer(byField.seniority);
  const department = scorer(byField.department);
  const kinds = Object.keys(scoring.engagement.points);
  const kindIndex = new Map(kinds.map((k, i) => [k, i]));
  const kindPoints = Float64Array.from(kinds, (k) => scoring.engagement.points[k]);
  const halfLifeMs = scoring.engagement.halfLifeDays * MS_PER_DAY;
  const { capPerKind, capTotal } = scoring.engagement;
  const { A, B, C } = scoring.fit.grades;
  const band1 = scoring.engagement.bands[1];
  const band2 = scoring.engagement.bands[2];
  const negLn2 = -Math.LN2;

  const fitPoints = new Float64Array(n);
  const fitGrade = new Uint8Array(n);
  const engagement = new Float64Array(n);
  const engagementBand = new Uint8Array(n);
  const combined = new Uint8Array(n);
  const perKind = new Float64Array(kinds.length);
  let row = 0;
  for (let i = 0; i < n; i++) {
    const lead = leads[i];
    const points =
      industry(lead.industry) +
      region(lead.region) +
      country(lead.country) +
      sizeBand(lead.sizeBand) +
      seniority(lead.seniority) +
      department(lead.department);
    let score = 0;
    if (row < leadIndex.length && leadIndex[row] === i) {
      perKind.fill(0);
      for (; row < leadIndex.length && leadIndex[row] === i; row++) {
        const k = kindIndex.get(kind[row]);
        const at = atMs[row];
        if (k === undefined || at > nowMs) continue;
        perKind[k] += kindPoints[k] * Math.exp(((nowMs - at) / halfLifeMs) * negLn2);
      }
      let uncapped = 0;
      for (let k = 0; k < perKind.length; k++) uncapped += Math.min(perKind[k], capPerKind);
      score = Math.min(uncapped, capTotal);
    }
    const grade = points >= A ? 0 : points >= B ? 1 : points >= C ? 2 : 3;
    const band = score >= band1 ? 1 : score >= band2 ? 2 : 3;
    fitPoints[i] = points;
    fitGrade[i] = grade;
    engagement[i] = score;
    engagementBand[i] = band;
    combined[i] = grade * 3 + band - 1;
  }
  return { fitPoints, fitGrade, engagement, engagementBand, combined };
};

const viaBatchApi = (batch, now, company) => {
  const result = scoreLeadBatch(batch, now, company);
  if (!result.ok) throw new Error(`scoreLeadBatch refused the batch: ${result.error.message}`);
  return result.value;
};

// ---------------------------------------------------------------------------------------------
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const time = (run) => {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
};

/** Index of the first lead where the two disagree, or -1; NaN equals NaN, 0 differs from -0. */
const firstDifference = (a, b) => {
  for (const column of ["fitPoints", "fitGrade", "engagement", "engagementBand", "combined"]) {
    for (let i = 0; i < a[column].length; i++) {
      if (!Object.is(a[column][i], b[column][i])) return { column, i };
    }
  }
  return null;
};

const checksum = (s) => {
  let sum = 0;
  for (let i = 0; i < s.fitPoints.length; i++) {
    sum += s.fitPoints[i] * 7 + s.engagement[i] + s.combined[i] * 131;
  }
  return sum;
};

const format = (n) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
const rate = (ms) => LEAD_COUNT / (ms / 1000);

const { leads, events } = generate(LEAD_COUNT, SEED);
const batch = { leads, events };
console.log(
  `Lead scoring: ${format(LEAD_COUNT)} leads, ${format(events.kind.length)} touches ` +
    `(0–10 per lead), seed ${SEED}; median of ${RUNS} runs after ${WARM_UPS} warm-ups.`,
);
console.log(`Machine: node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? "?"}`);

for (let w = 0; w < WARM_UPS; w++) {
  viaBatchApi(batch, NOW, config);
  baseline(batch, NOW, config.scoring);
}

const batchMs = [];
const baselineMs = [];
let batchScores;
let baselineScores;
for (let r = 0; r < RUNS; r++) {
  // Alternate the two so that noise from other work on the machine falls on both alike.
  const b = time(() => viaBatchApi(batch, NOW, config));
  const h = time(() => baseline(batch, NOW, config.scoring));
  batchMs.push(b.ms);
  baselineMs.push(h.ms);
  batchScores = b.result;
  baselineScores = h.result;
}

const batchMedian = median(batchMs);
const baselineMedian = median(baselineMs);
const slowdown = batchMedian / baselineMedian;
const difference = firstDifference(batchScores, baselineScores);
const grades = FIT_GRADES.map(
  (g, i) => `${g} ${format(batchScores.fitGrade.filter((x) => x === i).length)}`,
);
const a1 = batchScores.combined.filter((c) => COMBINED_SCORE_CODES[c] === "A1").length;

console.log(
  `scoreLeadBatch (public API): ${batchMedian.toFixed(1)} ms  ${format(rate(batchMedian))} leads/s  ` +
    `(runs: ${batchMs.map((ms) => ms.toFixed(0)).join(", ")} ms)`,
);
console.log(
  `hand-written baseline loop:  ${baselineMedian.toFixed(1)} ms  ${format(rate(baselineMedian))} leads/s  ` +
    `(runs: ${baselineMs.map((ms) => ms.toFixed(0)).join(", ")} ms)`,
);
console.log(`batch time / baseline time: ${slowdown.toFixed(2)}x`);
console.log(
  `Checksum: batch ${checksum(batchScores)}, baseline ${checksum(baselineScores)}; ` +
    `scored ${format(batchScores.scoredCount)}, rejected rows ${batchScores.rowErrors.length}; ` +
    `grades ${grades.join(", ")}; A1 ${format(a1)}`,
);

const failures = [];
if (difference !== null) {
  const { column, i } = difference;
  failures.push(
    `FAIL: batch and baseline disagree on ${column} of lead ${i} ` +
      `(${batchScores[column][i]} vs ${baselineScores[column][i]}), so the comparison is not fair.`,
  );
}
if (batchScores.scoredCount !== LEAD_COUNT) {
  failures.push(
    `FAIL: the batch API refused ${LEAD_COUNT - batchScores.scoredCount} generated leads.`,
  );
}
if (rate(batchMedian) < TARGET_LEADS_PER_SECOND) {
  failures.push(
    `FAIL: scoreLeadBatch scored ${format(rate(batchMedian))} leads/s, below the target of ${format(TARGET_LEADS_PER_SECOND)}.`,
  );
}
if (slowdown > MAX_SLOWDOWN_VS_BASELINE) {
  failures.push(
    `FAIL: scoreLeadBatch took ${slowdown.toFixed(2)}x the baseline's time, more than the allowed ${MAX_SLOWDOWN_VS_BASELINE}x.`,
  );
}
for (const line of failures) console.log(line);
if (failures.length > 0) process.exit(1);
console.log(
  `PASS: ${format(rate(batchMedian))} leads/s >= ${format(TARGET_LEADS_PER_SECOND)}, ` +
    `${slowdown.toFixed(2)}x <= ${MAX_SLOWDOWN_VS_BASELINE}x the baseline, results identical.`,
);
