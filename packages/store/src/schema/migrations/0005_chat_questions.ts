import { type Kysely, sql } from "kysely";

/**
 * Questions chat asked and is waiting on (ambiguity, confirmations), and
 * one-time codes for `/link`: kept in the database so any replica can take the
 * answer, and a restart forgets nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("chat_questions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("conversation_id", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("prompt", "text", (c) => c.notNull())
    .addColumn("choices", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("answered_choice", "integer")
    .addColumn("answered_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("chat_questions_open")
    .on("chat_questions")
    .columns(["user_id", "conversation_id", "created_at"])
    .where(sql.ref("answered_at"), "is", null)
    .execute();

  await db.schema
    .createTable("chat_link_codes")
    .addColumn("code_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .execute();
}
