import { type Activity, accessDecision, type Config, type User } from "@baton/core";
import { type ActivityRow, activityFromRow, type Database } from "@baton/store";
import { type Kysely, sql } from "kysely";
import type { CompanyDirectory } from "../funnel/companyDirectory";
import type { ReadFilter } from "../records/readFilter";
import { activityReadSql, activityTarget } from "./activityAccess";

/** Who is reading activities, and what they may read. */
export type ActivityReader = {
  readonly db: Kysely<Database>;
  readonly actor: User;
  readonly directory: CompanyDirectory;
  readonly config: Config;
  readonly filter: ReadFilter;
};

/**
 * The newest activities on an account that the reader may see (tasks left
 * out: they are next steps, not things that happened), each re-checked with
 * core's read rule. Private notes of others are never among them.
 *
 * @example await recentActivities(reader, accountId, 10) // newest first
 */
export const recentActivities = async (
  reader: ActivityReader,
  accountId: string,
  limit: number,
): Promise<Activity[]> => {
  const { rows } = await sql<ActivityRow>`
    select * from activities
    where account_id = ${accountId} and kind <> 'task'
      and ${activityReadSql(reader.filter, reader.actor.id)}
    order by occurred_at desc, id desc
    limit ${limit}`.execute(reader.db);
  return rows.filter((row) => readable(reader, row)).map(activityFromRow);
};

/**
 * The open tasks on an account the reader may see, soonest due first.
 *
 * @example await openTasksOn(reader, accountId) // [{ kind: "task", due_at, ... }]
 */
export const openTasksOn = async (
  reader: ActivityReader,
  accountId: string,
  limit: number,
): Promise<ActivityRow[]> => {
  const { rows } = await sql<ActivityRow>`
    select * from activities
    where account_id = ${accountId} and kind = 'task' and completed_at is null
      and ${activityReadSql(reader.filter, reader.actor.id)}
    order by due_at nulls last, id
    limit ${limit}`.execute(reader.db);
  return rows.filter((row) => readable(reader, row));
};

const readable = (reader: ActivityReader, row: ActivityRow): boolean =>
  accessDecision("read", reader.actor, activityTarget(row), reader.directory, reader.config)
    .allowed;
