import type { Database } from "@baton/store";
import { sql, type Transaction } from "kysely";

/**
 * When the lead was last handed back to nurture, from its history; MQL signals
 * older than that no longer count, so an old demo request cannot re-qualify it.
 */
export const lastRecycledAt = async (
  tx: Transaction<Database>,
  leadId: string,
): Promise<Date | undefined> => {
  const row = await tx
    .selectFrom("history")
    .select("at")
    .where("entity_type", "=", "lead")
    .where("entity_id", "=", leadId)
    .where("field", "=", "lifecycleStage")
    .where(sql<boolean>`new_value = '"recycled"'::jsonb`)
    .orderBy("at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.at;
};
