import type { AccessTargetInput } from "@baton/core";
import type { ActivityRow } from "@baton/store";
import { type RawBuilder, sql } from "kysely";
import { type ReadFilter, readFilterSql } from "../records/readFilter";

/** What core's access rules read of an activity: its author (its owner) and whether it is private. */
export const activityTarget = (
  row: Pick<ActivityRow, "id" | "actor_id" | "private">,
): AccessTargetInput => ({
  kind: "activity",
  record: { id: row.id, actorId: row.actor_id, private: row.private },
});

/**
 * The activities `filter` lets an actor read, as SQL over the `activities`
 * table: a private note is its author's alone, whatever the actor's role (not
 * even admin reads it), so that test comes first and on its own.
 *
 * @example sql`select * from activities where ${activityReadSql(filter, actor.id)}`
 */
export const activityReadSql = (filter: ReadFilter, actorId: string): RawBuilder<unknown> =>
  sql`((not private or actor_id = ${actorId}) and ${readFilterSql(filter, {
    owner: "actor_id",
    previousOwners: null,
    team: null,
  })})`;
