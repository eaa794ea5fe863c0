import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema/database";

type Db = Kysely<Database> | Transaction<Database>;

const hashOf = (code: string): string =>
  createHash("sha256").update(code.trim().toUpperCase()).digest("hex");

/**
 * Stores a one-time code that links another chat account to `userId` until
 * `expiresAt`; only its hash is kept, so a database read does not reveal it.
 */
export const saveLinkCode = async (
  db: Db,
  link: { code: string; userId: string; now: Date; expiresAt: Date },
): Promise<void> => {
  await db
    .insertInto("chat_link_codes")
    .values({
      code_hash: hashOf(link.code),
      user_id: link.userId,
      created_at: link.now,
      expires_at: link.expiresAt,
    })
    .execute();
};

/** Uses a code once: the user it links to, or null when it is unknown, used or expired. Case-insensitive. */
export const redeemLinkCode = async (
  db: Db,
  redeem: { code: string; now: Date },
): Promise<string | null> => {
  const row = await db
    .updateTable("chat_link_codes")
    .set({ used_at: redeem.now })
    .where("code_hash", "=", hashOf(redeem.code))
    .where("used_at", "is", null)
    .where("expires_at", ">", redeem.now)
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id ?? null;
};
