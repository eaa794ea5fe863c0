import { accessDecision, canRead, canWrite, defaultConfig, visibleFields } from "@baton/core";

const config = defaultConfig();
// Users as a store row or a session gives them: access reads them as `User` does (active unless said).
const user = (id, name, roles, teamId = null) => ({ id, name, roles, teamId });
const ines = user("user-ines", "Inès Moreau", ["rep"], "team-emea");
const chen = user("user-chen", "陈静 Chen Jing", ["rep"], "team-apac");
const maria = user("user-maria", "Maria Rossi", ["manager"]);
const mei = user("user-mei", "Li Mei", ["marketing"], "team-mkt");
const kim = user("user-kim", "Kim Larsen", ["leadership"]);
const sam = user("user-sam", "Sam Okafor", ["admin"]);
const olu = user("user-olu", "Olu Adeyemi", ["finance"]);
const ctx = {
  users: [ines, chen, maria, mei, kim, sam, olu],
  teams: [
    { id: "team-emea", name: "Sales EMEA", function: "sales", managerId: maria.id },
    { id: "team-apac", name: "Sales APAC", function: "sales", managerId: null },
  ],
};
// Only the fields access depends on are needed.
const deal = { kind: "deal", record: { id: "deal-7", ownerId: ines.id } };
const lead = {
  kind: "lead",
  record: { id: "lead-9", ownerId: ines.id, previousOwnerIds: [mei.id] },
};
const note = { kind: "activity", record: { id: "act-3", actorId: ines.id, private: true } };

console.log(`Chen reads Inès's deal: ${canRead(chen, deal, ctx, config)}`);
console.log(`Maria (manages EMEA) changes it: ${canWrite(maria, deal, ctx, config)}`);
const checks = [
  [chen, "read", deal],
  [maria, "write", deal],
  [kim, "write", deal],
  [mei, "read", lead],
  [mei, "write", lead],
  [sam, "read", note],
  [ines, "read", note],
];
for (const [who, action, target] of checks) {
  const { allowed, basis, reason } = accessDecision(action, who, target, ctx, config);
  console.log(
    `${who.name} ${action}s ${target.kind}: ${allowed ? "yes" : "no"} (${basis}) ${reason}`,
  );
}
const dealFields = (viewer) => visibleFields(viewer, "deal", config);
console.log(
  `finance sees the amount: ${dealFields(olu).includes("amount")}, marketing: ${dealFields(mei).includes("amount")}`,
);
console.log(`marketing sees: ${dealFields(mei).join(", ")}`);

// A malformed user, record or configuration is a refusal that says what is wrong, never a crash.
const typo = accessDecision("read", { id: "user-x", roles: ["sales"] }, deal, ctx, config);
console.log(`${typo.basis}: ${typo.reason}`);

/* Output:
Chen reads Inès's deal: false
Maria (manages EMEA) changes it: true
陈静 Chen Jing reads deal: no (out_of_scope) This deal belongs to someone outside your teams; you see your own and your teams' records. Ask its owner or their manager.
Maria Rossi writes deal: yes (team_scope) This deal belongs to a team you are in or manage, and your role manager may change your teams' records.
Kim Larsen writes deal: no (read_only) You can see this deal but your role leadership may not change it; ask its owner or their manager.
Li Mei reads lead: yes (previous_owner) You owned this lead before it was handed on; previous owners keep read access.
Li Mei writes lead: no (read_only) You owned this lead before it was handed on; previous owners keep read access only. Ask its new owner to make the change.
Sam Okafor reads activity: no (private_note) This is a private note; only its author can see it.
Inès Moreau reads activity: yes (private_note_author) You wrote this private note.
finance sees the amount: true, marketing: false
marketing sees: id, name, accountId, ownerId, stage, closeDate, createdAt, closedAt, contactIds, stageHistory
invalid_actor: The acting user is not valid — roles[0]: unknown role 'sales'; use one of rep, manager, marketing, service, finance, legal, leadership, admin.
*/
