import { defaultConfig, moveLifecycleStage } from "@baton/core";

const config = defaultConfig();
const mei = { id: "user-mei", name: "Li Mei", roles: ["marketing"] };
const ravi = { id: "user-ravi", name: "Ravi Nair", roles: ["rep"] };
const sam = { id: "user-sam", name: "Sam Okafor", roles: ["admin"] };
let lead = { id: "lead-42", name: "Zhang Wei, 深圳蓝海物流", lifecycleStage: "lead" };

// Forward moves are free; the result says when a move crosses into another team's stages.
const steps = [
  ["mql", mei, "2026-03-03T10:00:00Z"],
  ["sql", ravi, "2026-03-04T11:00:00Z"],
];
for (const [to, by, at] of steps) {
  const moved = moveLifecycleStage(
    { kind: "lead", record: lead, to, by, at: new Date(at) },
    config,
  );
  if (!moved.ok) break;
  const { moveKind, fromTeam, toTeam, crossesTeamBoundary } = moved.value;
  const handOff = crossesTeamBoundary ? ", a hand-off" : "";
  console.log(`${lead.lifecycleStage} → ${to}: ${moveKind}, ${fromTeam} → ${toTeam}${handOff}`);
  lead = moved.value.record;
}

// Going back is refused, with what to do instead…
const back = {
  kind: "lead",
  record: lead,
  to: "lead",
  by: ravi,
  at: new Date("2026-03-05T09:00:00Z"),
};
const refused = moveLifecycleStage(back, config);
if (!refused.ok) console.log(`${refused.error.code}: ${refused.error.message}`);

// …and allowed as an audited reset, with a reason, by a role in config.funnel.resetRoles.
const reason = "Imported twice; the MQL came from the duplicate's clicks";
const notAllowed = moveLifecycleStage({ ...back, reset: true, reason }, config);
if (!notAllowed.ok) console.log(`${notAllowed.error.code}: ${notAllowed.error.message}`);
const reset = moveLifecycleStage({ ...back, by: sam, reset: true, reason }, config);
if (reset.ok) {
  const { audit, event } = reset.value;
  console.log(
    `${event.type}: ${audit.from} → ${audit.to} by ${audit.by} at ${audit.at.toISOString()}`,
  );
  console.log(`reason: ${audit.reason}`);
}

/* Output:
lead → mql: forward, marketing → marketing
mql → sql: forward, marketing → sales, a hand-off
backward_move: Moving Zhang Wei, 深圳蓝海物流 (lead-42) from 'sql' back to 'lead' goes backwards in the funnel; a user with the role admin or manager can do it as a reset with a reason.
reset_not_allowed: Only a user with the role admin or manager can reset Zhang Wei, 深圳蓝海物流 (lead-42); Ravi Nair (user-ravi) has rep. Ask one of them to make the reset.
stage_reset: sql → lead by user-sam at 2026-03-05T09:00:00.000Z
reason: Imported twice; the MQL came from the duplicate's clicks
*/
