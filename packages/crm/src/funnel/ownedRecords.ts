import type { Config, LifecycleStage, ReassignableRecord } from "@baton/core";
import type { Database } from "@baton/store";
import type { Transaction } from "kysely";

const LIFECYCLE_TABLES = [
  ["lead", "leads"],
  ["contact", "contacts"],
  ["account", "accounts"],
] as const;

/**
 * Up to `limit` records `ownerId` owns that re-assignment must move, locked:
 * their accounts, contacts and leads, and their open deals (closed deals stay
 * credited to them). Records in `skip` (left with them by an earlier batch) are
 * passed over, so batches always make progress.
 */
export const lockOwnedRecords = async (
  tx: Transaction<Database>,
  ownerId: string,
  limit: number,
  skip: readonly string[],
  config: Config,
): Promise<ReassignableRecord[]> => {
  const records: ReassignableRecord[] = [];
  for (const [kind, table] of LIFECYCLE_TABLES) {
    if (records.length >= limit) break;
    let query = tx
      .selectFrom(table)
      .selectAll()
      .where("owner_id", "=", ownerId)
      .orderBy("id")
      .limit(limit - records.length)
      .forUpdate();
    if (skip.length > 0) query = query.where("id", "not in", [...skip]);
    for (const row of await query.execute()) {
      records.push({
        kind,
        id: row.id,
        name: row.name,
        ownerId: row.owner_id,
        lifecycleStage: row.lifecycle_stage as LifecycleStage,
        ...("industry" in row
          ? {
              industry: row.industry,
              region: row.region,
              country: row.country,
              sizeBand: row.size_band,
            }
          : {}),
        ...("domain" in row ? { domain: row.domain } : {}),
      });
    }
  }
  const open = config.pipeline.stages.filter((s) => s.outcome === "open").map((s) => s.id);
  if (records.length < limit && open.length > 0) {
    let deals = tx
      .selectFrom("deals")
      .select(["id", "name", "owner_id", "stage"])
      .where("owner_id", "=", ownerId)
      .where("stage", "in", open)
      .orderBy("id")
      .limit(limit - records.length)
      .forUpdate();
    if (skip.length > 0) deals = deals.where("id", "not in", [...skip]);
    for (const row of await deals.execute()) {
      records.push({
        kind: "deal",
        id: row.id,
        name: row.name,
        ownerId: row.owner_id,
        stage: row.stage,
      });
    }
  }
  return records;
};
