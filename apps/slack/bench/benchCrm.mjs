// The CRM the benchmark logs into: PostgreSQL in a fresh schema when DATABASE_URL is set,
// else embedded PGlite in memory; a demo company, and one rep's account to log calls on.
import { randomBytes } from "node:crypto";
import { generateDemoData, loadDemoData, openCrm as open } from "@baton/crm";
import { openStore } from "@baton/store";

export const openCrm = async () => {
  const url = process.env.DATABASE_URL;
  if (!url) return { crm: await open({ dataDir: "memory" }), driver: "pglite" };
  const store = await openStore({ url, schema: `bench_${randomBytes(4).toString("hex")}` });
  return { crm: await open({ store }), driver: "postgres" };
};

export const upsertDemo = async (crm) => {
  const data = generateDemoData({ seed: 7, accounts: 200, now: new Date() });
  if (!data.ok) throw new Error(data.error.message);
  const loaded = await loadDemoData(crm, data.value);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const rep = data.value.users.find((u) => u.roles.includes("rep"));
  const account = data.value.accounts.find((a) => a.ownerId === rep.id);
  return { account: account.name, email: rep.email };
};
