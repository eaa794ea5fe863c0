import { defaultConfig, parseConfig } from "@baton/core";

// 长城精密制造 (Great Wall Precision) writes only what differs from the defaults.
const overrides = {
  scoring: { engagement: { halfLifeDays: 14 } },
  qualification: { mql: { minEngagement: 50 } },
  funnel: {
    // A table you give replaces the default table whole: keep service's 8 hours.
    handOffSlaHours: { sales: 2, service: 8 },
    businessHours: { start: "08:30", end: "17:30", holidays: ["2026-05-01"] },
  },
};
const parsed = parseConfig(overrides);
if (parsed.ok) {
  const { scoring, qualification, funnel, pipeline } = parsed.value;
  console.log(
    `half-life: ${scoring.engagement.halfLifeDays} days (default ${defaultConfig().scoring.engagement.halfLifeDays})`,
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
MQL: fit ≥ B, engagement ≥ 50
hand-off SLA: sales 2h, service 8h
working day: 08:30–17:30, days 1,2,3,4,5
pipeline: prospecting 10%, qualification 20%, needs_analysis 30%, proposal 60%, negotiation 80%, closed_won 100%, closed_lost 0%
invalid_input
The configuration is not valid — qualification.sql: the minimum cannot be more than the number of criteria; scoring.engagement.halfLifeDays: Too small: expected number to be >0; access.hiddenFields.finance.deal: deal has no field 'margin'; use one of id, name, accountId, ownerId, stage, amount, closeDate, createdAt, closedAt, contactIds, stageHistory.
*/
