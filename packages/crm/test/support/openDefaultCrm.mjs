// Run with the working directory set to an empty folder: opens the CRM exactly as a
// developer's first `await openCrm()` would, writes, reads back and closes.
import { openCrm } from "@baton/crm";

const crm = await openCrm();
const users = await crm.upsertUsers([{ id: "u1", name: "Ada", roles: ["rep"] }]);
const rows = await crm.context.store.db.selectFrom("users").select("name").execute();
await crm.close();
console.log(
  JSON.stringify({
    driver: crm.context.store.driver,
    ok: users.ok,
    names: rows.map((r) => r.name),
  }),
);
