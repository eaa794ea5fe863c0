import { type Kysely, sql } from "kysely";

/** Durable jobs, claimed with `FOR UPDATE SKIP LOCKED` so each runs on one worker. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().defaultTo("queued"))
    .addColumn("run_at", "timestamptz", (c) => c.notNull())
    .addColumn("attempt", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("singleton_key", "text")
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "timestamptz")
    .addColumn("last_error", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("finished_at", "timestamptz")
    .execute();
  await sql`create index jobs_due on jobs (run_at) where state = 'queued'`.execute(db);
  await sql`create index jobs_leased on jobs (locked_until) where state = 'active'`.execute(db);
  await sql`create unique index jobs_singleton on jobs (name, singleton_key) where singleton_key is not null and state in ('queued', 'active')`.execute(
    db,
  );
}
