import type { RepQuota } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely } from "kysely";
import type { KpiPeople, KpiWindow } from "./kpiWindow";

/** Loads the quotas of the people in scope that lie within the window (a quota counts in a period that contains it). */
export const loadKpiQuotas = async (
  db: Kysely<Database>,
  window: KpiWindow,
  reps: KpiPeople,
): Promise<RepQuota[]> => {
  let query = db
    .selectFrom("sales_quotas")
    .select(["user_id", "period_start", "period_end", "amount_minor", "currency"])
    .where("period_start", ">=", window.start)
    .where("period_end", "<=", window.end);
  if (reps !== null) query = query.where("user_id", "in", reps);
  const rows = await query.orderBy("user_id").orderBy("period_start").execute();
  return rows.map((row) => ({
    userId: row.user_id,
    start: row.period_start,
    end: row.period_end,
    amount: { amountMinor: Number(row.amount_minor), currency: row.currency.trim() },
  }));
};
