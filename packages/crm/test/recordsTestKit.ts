import { reviveResult } from "../src";
import type { openTestCrm } from "./crmTestKit";

/** A seeded test CRM (crmTestKit's), as the records, search, activity and summary suites use it. */
export type TestCrm = Awaited<ReturnType<typeof openTestCrm>>;

// jsonb comes back already parsed; reviveResult wants JSON text, so hand it back as text.
const decode = (value: unknown) => (value === null ? null : reviveResult(JSON.stringify(value)));

/** The history rows of one record, oldest first, with values decoded. */
export const historyOf = async (crm: TestCrm, type: string, id: string) => {
  const rows = await crm.context.store.db
    .selectFrom("history")
    .selectAll()
    .where("entity_type", "=", type)
    .where("entity_id", "=", id)
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    ...row,
    old_value: decode(row.old_value),
    new_value: decode(row.new_value),
  }));
};

/** The payloads of the outbox events of one type, oldest first. */
export const outboxOf = async (crm: TestCrm, type: string) => {
  const rows = await crm.context.store.db
    .selectFrom("outbox")
    .selectAll()
    .where("event_type", "=", type)
    .orderBy("id")
    .execute();
  return rows.map((row) => decode(row.payload) as Record<string, unknown>);
};
