import { acceptLead, defaultConfig, evaluateMql, recycleLead } from "@baton/core";

const config = defaultConfig();

// MQL: fit and engagement thresholds both met, or a high-intent action.
const demo = { kind: "demo_request", at: new Date("2026-03-10T08:00:00Z") };
for (const events of [[], [demo]]) {
  const mql = evaluateMql({ fitGrade: "C", engagement: 22.4, events }, config);
  if (!mql.ok) continue;
  console.log(mql.value.qualifies ? `MQL via ${mql.value.via}:` : "not an MQL:");
  for (const reason of mql.value.reasons) console.log(`  - ${reason}`);
}

// SQL: a sales rep accepts the MQL and records BANT (3 of 4 must be met by default).
const teams = [{ id: "team-sales", name: "Sales EMEA", function: "sales" }];
const rep = { id: "user-ines", name: "Inès Moreau", roles: ["rep"], teamId: "team-sales" };
const createdAt = new Date("2026-03-01T09:00:00Z");
const lead = { id: "lead-9", name: "Nordwind Energie GmbH", lifecycleStage: "mql", createdAt };
const at = new Date("2026-03-11T14:00:00Z");
const criteria = {
  budget: { met: true, note: "€40k approved for H2" },
  authority: { met: true },
  need: { met: true },
  timeline: { met: false, note: "no date yet" },
};
const accepted = acceptLead({ lead, actor: rep, teams, criteria, at }, config);
if (accepted.ok) {
  const { decision, event } = accepted.value;
  console.log(`${event.type} (${decision.from} → ${decision.to}): ${decision.reasons.join("; ")}`);
}
const thin = acceptLead({ lead, actor: rep, teams, criteria: { need: { met: true } }, at }, config);
if (!thin.ok) console.log(`${thin.error.code}: ${thin.error.message}`);

// Or sales hands the lead back to marketing nurture, with a configured reason code.
const note = "budget opens in Q3";
const recycled = recycleLead({ lead, actor: rep, reasonCode: "bad_timing", at, note }, config);
if (recycled.ok) {
  const { decision } = recycled.value;
  console.log(`${decision.from} → ${decision.to}: ${decision.reasons[0]} (${decision.note})`);
}
const unknown = recycleLead({ lead, actor: rep, reasonCode: "too_busy", at }, config);
if (!unknown.ok) console.log(`${unknown.error.code}: ${unknown.error.message}`);

/* Output:
not an MQL:
  - fit grade C is below the minimum B
  - engagement 22 is below the minimum 40
  - no high-intent action (demo_request or pricing_contact)
MQL via high_intent:
  - fit grade C is below the minimum B
  - engagement 22 is below the minimum 40
  - high-intent action demo_request at 2026-03-10T08:00:00.000Z
lead_accepted (mql → sql): 3 of 4 qualification criteria met (at least 3 needed): budget, authority and need; not met: timeline
criteria_not_met: Accepting lead 'Nordwind Energie GmbH' needs at least 3 of budget, authority, need and timeline met; only need is. Missing: budget (not recorded), authority (not recorded) and timeline (not recorded).
mql → recycled: Inès Moreau handed the lead back to marketing nurture: bad_timing (budget opens in Q3)
unknown_reason: Unknown recycle reason 'too_busy'; use one of bad_timing, no_budget_yet, no_response, not_decision_maker, nurture.
*/
