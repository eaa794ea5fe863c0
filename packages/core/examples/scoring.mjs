import {
  COMBINED_SCORE_CODES,
  defaultConfig,
  engagementScore,
  scoreLead,
  scoreLeadBatch,
} from "@baton/core";

const config = defaultConfig();
const now = new Date("2026-03-31T09:00:00Z");
const lead = {
  id: "lead-hx",
  industry: "Manufacturing",
  sizeBand: "1001-5000",
  seniority: "director",
};
const touches = [
  { kind: "webinar", at: new Date("2026-03-03T09:00:00Z") },
  { kind: "pricing_page", at: new Date("2026-03-30T09:00:00Z") },
  { kind: "pricing_pgae", at: new Date("2026-03-30T09:05:00Z") },
];
const score = scoreLead(lead, touches, now, config);
if (score.ok) {
  const { combined, fit, engagement } = score.value;
  console.log(
    `${lead.id}: ${combined}, fit ${fit.points} (${fit.grade}), engagement ${engagement.score.toFixed(2)}`,
  );
  for (const c of fit.contributions) console.log(`  fit ${c.ruleId} (${c.value}): +${c.points}`);
  for (const c of engagement.contributions)
    console.log(`  ${c.kind}: ${c.raw} → ${c.decayed.toFixed(2)}`);
  for (const i of engagement.ignored) console.log(`  ignored ${i.kind}: ${i.reason}`);
}

// Fit never decays; engagement halves every half-life (30 days by default).
for (const days of [0, 30, 60]) {
  const later = new Date(now.getTime() + days * 86_400_000);
  const demo = engagementScore([{ kind: "demo_request", at: now }], later, config);
  if (demo.ok) console.log(`a demo request ${days} days later: ${demo.value.score}`);
}

// Many leads at once: touches as columns, scores in typed arrays, the same numbers as scoreLead.
const leads = [lead, { industry: "retail", sizeBand: "11-50" }, { seniority: "student" }];
const events = {
  leadIndex: [0, 0, 1, 1, 2],
  kind: ["webinar", "pricing_page", "demo_request", "meeting", "email_open"],
  atMs: ["03-03", "03-30", "03-28", "03-30", "03-29"].map((d) => Date.parse(`2026-${d}T09:00:00Z`)),
};
const batch = scoreLeadBatch({ leads, events }, now, config);
if (batch.ok) {
  const { fitPoints, engagement, combined } = batch.value;
  leads.forEach((_, i) => {
    console.log(
      `lead ${i}: ${COMBINED_SCORE_CODES[combined[i]]} (fit ${fitPoints[i]}, engagement ${engagement[i].toFixed(2)})`,
    );
  });
}

/* Output:
lead-hx: A3, fit 65 (A), engagement 15.01
  fit target_industry (Manufacturing): +20
  fit mid_market (1001-5000): +20
  fit decision_maker (director): +25
  webinar: 10 → 5.24
  pricing_page: 10 → 9.77
  ignored pricing_pgae: unknown_kind
a demo request 0 days later: 25
a demo request 30 days later: 12.5
a demo request 60 days later: 6.25
lead 0: A3 (fit 65, engagement 15.01)
lead 1: D2 (fit 0, engagement 37.98)
lead 2: D3 (fit -30, engagement 0.95)
*/
