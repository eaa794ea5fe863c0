import type { ActivityKind, Config, KpiActivity } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely } from "kysely";
import { dealsWonInWindow } from "./kpiDeals";
import type { KpiPeople, KpiWindow } from "./kpiWindow";

/**
 * Loads the activities KPIs read: those logged in the window, and those on deals won in
 * it (touches before close count whenever they happened), by the people in scope.
 * Private notes are their author's alone and never count, for anyone.
 */
export const loadKpiActivities = async (
  db: Kysely<Database>,
  window: KpiWindow,
  actors: KpiPeople,
  config: Config,
): Promise<KpiActivity[]> => {
  let query = db
    .selectFrom("activities")
    .select(["id", "kind", "actor_id", "occurred_at", "deal_id", "lead_id", "account_id"])
    .where("private", "=", false)
    .where((eb) =>
      eb.or([
        eb.and([eb("occurred_at", ">=", window.start), eb("occurred_at", "<", window.end)]),
        eb("deal_id", "in", dealsWonInWindow(db, window, actors, config)),
      ]),
    );
  if (actors !== null) query = query.where("actor_id", "in", actors);
  const rows = await query.orderBy("occurred_at").orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as ActivityKind,
    actorId: row.actor_id,
    occurredAt: row.occurred_at,
    dealId: row.deal_id,
    leadId: row.lead_id,
    accountId: row.account_id,
  }));
};
