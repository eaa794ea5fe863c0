import { assign, emptyRotationState, parseConfig } from "@baton/core";

const dach = { field: "country", in: ["DE", "AT", "CH"] };
const midMarket = { field: "sizeBand", in: ["201-1000", "1001-5000"] };
const china = { field: "country", in: ["CN", "HK", "TW"] };
const parsed = parseConfig({
  assignment: {
    rules: [
      {
        id: "dach",
        name: "DACH mid-market",
        when: { all: [dach, midMarket] },
        target: { type: "round_robin", teamId: "team-dach" },
      },
      {
        id: "china",
        name: "Greater China",
        when: { any: [china, { namedAccounts: ["yunfan.cn"] }] },
        target: { type: "user", userId: "user-chen" },
      },
    ],
    fallbackQueue: "sales-triage",
  },
});
if (!parsed.ok) throw new Error(parsed.error.message);

const rep = (id, name, more = {}) => ({ id, name, roles: ["rep"], teamId: "team-dach", ...more });
const away = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-03-09T00:00:00Z") };
const users = [
  rep("user-anna", "Anna Huber"),
  rep("user-jonas", "Jonas Keller"),
  rep("user-lena", "Lena Vogt", { outOfOffice: away }),
  rep("user-chen", "陈静 Chen Jing", { teamId: "team-apac", timeZone: "Asia/Shanghai" }),
];
const records = [
  { id: "acct-1", country: "DE", sizeBand: "201-1000" },
  { id: "acct-2", country: "AT", sizeBand: "1001-5000" },
  { id: "acct-3", country: "CH", sizeBand: "201-1000" },
  { id: "acct-4", country: "SG", domain: "yunfan.cn" },
  { id: "acct-5", country: "DE", sizeBand: "11-50" },
];
const now = new Date("2026-03-02T09:00:00Z");
let rotation = emptyRotationState();
for (const [i, record] of records.entries()) {
  const routed = assign({ record, users, assignedToday: {}, rotation, now }, parsed.value);
  if (!routed.ok) throw new Error(routed.error.message);
  const { owner, ruleId, explanation } = routed.value;
  rotation = routed.value.rotation; // store it, pass it to the next call
  console.log(`${record.id} → ${owner.userId ?? `queue ${owner.queue}`} (rule ${ruleId})`);
  if (i >= 2) for (const line of explanation) console.log(`  ${line}`);
}
console.log(JSON.stringify(rotation));

/* Output:
acct-1 → user-anna (rule dach)
acct-2 → user-jonas (rule dach)
acct-3 → user-anna (rule dach)
  Rule 'DACH mid-market' matched: country is 'CH' (one of DE, AT, CH) and size band is '201-1000' (one of 201-1000, 1001-5000).
  Skipped Lena Vogt (user-lena): is out of office until 2026-03-09T00:00:00.000Z.
  Assigned to Anna Huber (user-anna) by rule 'DACH mid-market': next in the round-robin after user-jonas, among 2 available.
acct-4 → user-chen (rule china)
  Rule 'DACH mid-market' did not match: country is 'SG', not one of DE, AT, CH.
  Rule 'Greater China' matched: 'yunfan.cn' is a named account.
  Assigned to 陈静 Chen Jing (user-chen) by rule 'Greater China': the rule names them.
acct-5 → queue sales-triage (rule null)
  Rule 'DACH mid-market' did not match: size band is '11-50', not one of 201-1000, 1001-5000.
  Rule 'Greater China' did not match: country is 'DE', not one of CN, HK, TW and 'acct-5' is not among the 1 named accounts.
  No rule placed the record with an available person, so it waits in the fallback queue 'sales-triage'.
{"byRule":{"dach":{"type":"round_robin","lastUserId":"user-anna"}}}
*/
