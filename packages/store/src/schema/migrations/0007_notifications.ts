import type { Kysely } from "kysely";

/**
 * How far each consumer (the Slack app, the Teams app) has read the outbox,
 * and the messages notifications were posted as, so a later change (an
 * approval decided) updates every copy instead of leaving stale buttons.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("outbox_cursors")
    .addColumn("consumer", "text", (c) => c.primaryKey())
    .addColumn("last_id", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("chat_messages")
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("message_id", "text", (c) => c.notNull())
    .addColumn("posted_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("chat_messages_pk", ["platform", "subject", "user_id"])
    .execute();
}
