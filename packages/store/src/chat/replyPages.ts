import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema/database";

type Db = Kysely<Database> | Transaction<Database>;

/** A reply split into pages by a channel, and whom it was for. */
export type ReplyPages = {
  readonly id: string;
  readonly platform: string;
  readonly tenantId: string;
  readonly externalUserId: string;
  /** Shown to everyone in the conversation, so anyone there may see the rest. */
  readonly public: boolean;
  /** The channel's own rendering of each page (stored as JSON, read back as is). */
  readonly pages: readonly unknown[];
  readonly expiresAt: Date;
};

/**
 * Keeps a long reply's pages until `expiresAt`, and forgets those already past
 * theirs (`now`), so the table holds only what a button can still ask for.
 */
export const saveReplyPages = async (db: Db, pages: ReplyPages, now: Date): Promise<void> => {
  await db.deleteFrom("reply_pages").where("expires_at", "<=", now).execute();
  await db
    .insertInto("reply_pages")
    .values({
      id: pages.id,
      platform: pages.platform,
      tenant_id: pages.tenantId,
      external_user_id: pages.externalUserId,
      public: pages.public,
      pages: JSON.stringify(pages.pages),
      expires_at: pages.expiresAt,
    })
    .execute();
};

/** The pages saved under `id`, if they are still kept at `now`. */
export const findReplyPages = async (db: Db, id: string, now: Date): Promise<ReplyPages | null> => {
  const row = await db
    .selectFrom("reply_pages")
    .selectAll()
    .where("id", "=", id)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  if (!row) return null;
  const pages = typeof row.pages === "string" ? JSON.parse(row.pages) : row.pages;
  return {
    id: row.id,
    platform: row.platform,
    tenantId: row.tenant_id,
    externalUserId: row.external_user_id,
    public: row.public,
    pages: Array.isArray(pages) ? pages : [],
    expiresAt: row.expires_at,
  };
};
