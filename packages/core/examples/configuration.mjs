import { defaultConfig, parseConfig } from "@baton/core";

// 长城精密制造 (Great Wall Precision) writes only what differs from the defaults.
const overrides = {
  // A table you give is laid over the default one: name only the entries that differ.
  scoring: { engagement: { halfLifeDays: 14, points: { webinar: 20, email_open: 0 } } },
  qualification: { mql: { minEngagement: 50 } },
  funnel: {
    handOffSlaHours: { sales: 2 },
    businessHours: { start: "08:30", end: "17:30", holidays: ["2026-05-01"] },
  },
};
const parsed = parseConfig(overrides);
if (parsed.ok) {
  const { scoring, qualification, funnel, pipeline } = parsed.value;
  console.log(
    `half-life: ${scoring.engagement.halfLifeDays} days (default ${defaultConfig().scoring.engagement.halfLifeDays})`,
  );
  const { webinar, email_open, demo_request } = scoring.engagement.points;
  console.log(
    `points: webinar ${webinar}, email open ${email_open} (off), demo request ${demo_request}`,
  );
  console.log(
    `MQL: fit ≥ ${qualification.mql.minFitGrade}, engagement ≥ ${qualification.mql.minEngagement}`,
  );
  console.log(
    `hand-off SLA: sales ${funnel.handOffSlaHours.sales}h, service ${funnel.handOffSlaHours.service}h`,
  );
  console.log(
    `working day: ${funnel.businessHours.start}–${funnel.businessHours.end}, days ${funnel.businessHours.days.join(",")}`,
  );
  console.log(`pipeline: ${pipeline.stages.map((s) => `${s.id} ${s.probability}%`).join(", ")}`);
}

const broken = parseConfig({
  scoring: { engagement: { halfLifeDays: 0 } },
  qualification: { sql: { criteria: ["budget", "need"], minimum: 3 } },
  access: { hiddenFields: { finance: { deal: ["margin"] } } },
});
if (!broken.ok) {
  console.log(broken.error.code);
  console.log(broken.error.message);
}

/* Output:
half-life: 14 days (default 30)
points: webinar 20, email open 0 (off), demo request 25
MQL: fit ≥ B, engagement ≥ 50
hand-off SLA: sales 2h, service 8h
working day: 08:30–17:30, days 1,2,3,4,5
pipeline: prospecting 10%, qualification 20%, needs_analysis 30%, proposal 60%, negotiation 80%, closed_won 100%, closed_lost 0%
invalid_input
The configuration is not valid — qualification.sql: the minimum cannot be more than the number of criteria; scoring.engagement.halfLifeDays: must be more than 0 days; access.hiddenFields.finance.deal: deal has no field 'margin'; use one of id, name, accountId, ownerId, stage, amount, closeDate, createdAt, closedAt, contactIds, stageHistory.
*/
