import type { Kysely } from "kysely";

/**
 * The pages of a reply too long for one message, kept for a while so a "show
 * more" button (on any replica, after a restart) can post the next one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("reply_pages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("tenant_id", "text", (c) => c.notNull())
    .addColumn("external_user_id", "text", (c) => c.notNull())
    .addColumn("public", "boolean", (c) => c.notNull())
    .addColumn("pages", "jsonb", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("reply_pages_expiry")
    .on("reply_pages")
    .column("expires_at")
    .execute();
}
