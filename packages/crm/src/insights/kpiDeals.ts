import type { Config, KpiDeal } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely } from "kysely";
import type { KpiPeople, KpiWindow } from "./kpiWindow";

/**
 * The deals whose numbers a window can hold: created before it ends (so open at an end,
 * or created in it) and not closed before it starts (so closed in it, or open then).
 * A deal closed before the window starts is neither open, created nor closed in it.
 */
export const dealsInWindow = (db: Kysely<Database>, window: KpiWindow, owners: KpiPeople) => {
  let query = db
    .selectFrom("deals")
    .where("created_at", "<", window.end)
    .where((eb) => eb.or([eb("closed_at", "is", null), eb("closed_at", ">=", window.start)]));
  if (owners !== null) query = query.where("owner_id", "in", owners);
  return query;
};

/** The ids of the deals won in the window, whose earlier touches count towards "touches to close". */
export const dealsWonInWindow = (
  db: Kysely<Database>,
  window: KpiWindow,
  owners: KpiPeople,
  config: Config,
) => {
  const won = config.pipeline.stages.filter((s) => s.outcome === "won").map((s) => s.id);
  let query = db
    .selectFrom("deals")
    .select("id")
    .where("stage", "in", won)
    .where("closed_at", ">=", window.start)
    .where("closed_at", "<", window.end);
  if (owners !== null) query = query.where("owner_id", "in", owners);
  return query;
};

/**
 * Loads the deals KPIs read in the window, with only the columns they use and each
 * deal's stage history (for its stage at a past period's end).
 */
export const loadKpiDeals = async (
  db: Kysely<Database>,
  window: KpiWindow,
  owners: KpiPeople,
): Promise<KpiDeal[]> => {
  const relevant = dealsInWindow(db, window, owners);
  const [rows, history] = await Promise.all([
    relevant
      .select([
        "id",
        "owner_id",
        "stage",
        "amount_minor",
        "currency",
        "created_at",
        "closed_at",
        "account_id",
      ])
      .orderBy("id")
      .execute(),
    db
      .selectFrom("deal_stage_history")
      .select(["deal_id", "stage", "at"])
      .where("deal_id", "in", relevant.select("id"))
      .orderBy("deal_id")
      .orderBy("at")
      .orderBy("id")
      .execute(),
  ]);
  const historyOf = new Map<string, { stage: string; at: Date }[]>();
  for (const change of history) {
    const list = historyOf.get(change.deal_id) ?? [];
    list.push({ stage: change.stage, at: change.at });
    historyOf.set(change.deal_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    ownerId: row.owner_id,
    stage: row.stage,
    amount: { amountMinor: Number(row.amount_minor), currency: row.currency.trim() },
    createdAt: row.created_at,
    closedAt: row.closed_at,
    accountId: row.account_id,
    stageHistory: historyOf.get(row.id) ?? [],
  }));
};
