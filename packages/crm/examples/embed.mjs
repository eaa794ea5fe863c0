import { openCrm } from "@baton/crm";

// An in-memory database for the example; `openCrm()` keeps one in ./.baton/data,
// `openCrm({ url: process.env.DATABASE_URL })` uses a PostgreSQL server.
const crm = await openCrm({ dataDir: "memory", clock: () => new Date("2026-03-02T09:00:00Z") });

await crm.upsertTeams([{ id: "sales", name: "Sales", function: "sales" }]);
await crm.upsertUsers([{ id: "ada", name: "Ada Lovelace", roles: ["rep"], teamId: "sales" }]);
const ada = { userId: "ada" };

await crm.createAccount(ada, { name: "Acme GmbH", domain: "acme.de", country: "DE" });
const logged = await crm.logActivity(
  ada,
  {
    kind: "call",
    account: "acme",
    body: "Pricing call: they want 15% off.",
    nextStep: { text: "Send the proposal", dueAt: new Date("2026-03-06T09:00:00Z") },
  },
  { idempotencyKey: "slack:T1:1709370000.000100" },
);
console.log(logged.ok, logged.value.account.name, logged.value.nextStepTask.text);

const summary = await crm.accountSummary(ada, { account: "Acme GmbH" });
console.log(summary.value.recentActivities.map((a) => `${a.kind}: ${a.body}`));

const unknown = await crm.logActivity(ada, { kind: "call", account: "Initech" });
console.log(unknown.error.code);
await crm.close();
