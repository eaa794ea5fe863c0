import {
  emptyRotationState,
  escalationTarget,
  parseConfig,
  planHandOff,
  slaStatus,
} from "@baton/core";

const toChina = {
  id: "cn",
  name: "China sales",
  forTeam: "sales",
  target: { type: "round_robin", teamId: "team-cn" },
};
const parsed = parseConfig({ assignment: { rules: [toChina] } });
if (!parsed.ok) throw new Error(parsed.error.message);
const config = parsed.value;

const timeZone = "Asia/Shanghai";
const person = (id, name, roles, teamId = null) => ({ id, name, roles, teamId, timeZone });
const mei = person("user-mei", "Li Mei", ["marketing"], "team-mkt");
const users = [
  mei,
  person("user-liu", "刘洋 Liu Yang", ["rep"], "team-cn"),
  person("user-wang", "王芳 Wang Fang", ["rep"], "team-cn"),
  person("user-zhao", "赵磊 Zhao Lei", ["manager"]),
];
const teams = [{ id: "team-cn", name: "Sales China", function: "sales", managerId: "user-zhao" }];
const lead = { id: "lead-88", name: "苏州精工机械", ownerId: mei.id, previousOwnerIds: [] };

// Friday 15:30 in Shanghai: the lead is sales-qualified, so it passes from marketing to sales.
const at = new Date("2026-03-06T07:30:00Z");
const handOff = { kind: "lead", record: lead, from: "mql", to: "sql", by: mei, at, users, teams };
const plan = planHandOff({ ...handOff, assignedToday: {}, rotation: emptyRotationState() }, config);
if (!plan.ok) throw new Error(plan.error.message);
const { owner, record, slaDueAt, slaTimeZone, event } = plan.value;
const local = new Intl.DateTimeFormat("en-GB", {
  timeZone: slaTimeZone,
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
});
console.log(`${event.type}: ${event.fromTeam} → ${event.toTeam}, new owner ${owner.userId}`);
console.log(`previous owners keep read access: ${record.previousOwnerIds.join(", ")}`);
console.log(
  `first touch due ${slaDueAt.toISOString()}, ${local.format(slaDueAt)} in ${slaTimeZone}`,
);

// Monday morning in Shanghai, still no touch; then the deadline passes. Given the calendar
// and the plan's zone, the SLA is judged in business time: the weekend does not count.
const calendar = config.funnel.businessHours;
for (const now of [new Date("2026-03-09T01:30:00Z"), new Date("2026-03-09T04:00:00Z")]) {
  const sla = slaStatus({ startedAt: at, dueAt: slaDueAt, now, calendar, timeZone: slaTimeZone });
  if (sla.ok)
    console.log(
      `${local.format(now)}: ${sla.value.status}, ${sla.value.remainingMs / 60_000} min to spare`,
    );
}
const newOwner = users.find((u) => u.id === owner.userId);
const target = escalationTarget({ owner: newOwner, users, teams });
if (target.ok) console.log(`escalate to ${target.value.userId}: ${target.value.reason}`);

/* Output:
handed_off: marketing → sales, new owner user-liu
previous owners keep read access: user-mei
first touch due 2026-03-09T03:30:00.000Z, Mon 11:30 in Asia/Shanghai
Mon 09:30: on_track, 120 min to spare
Mon 12:00: breached, -30 min to spare
escalate to user-zhao: manager of team Sales China
*/
