import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema/database";

/** One outbox row as a consumer reads it. */
export type RelayedEvent = {
  readonly id: number;
  readonly type: string;
  readonly payload: unknown;
  readonly occurredAt: Date;
};

/**
 * Hands `consumer` the outbox rows it has not seen (at most `limit`, in order)
 * and moves its cursor past them in the same transaction as whatever `handle`
 * writes with `tx` (typically jobs). The cursor row is locked, so with several
 * replicas each row is handled once; if `handle` throws, nothing moves.
 *
 * @example await relayOutbox(db, "slack", async (rows, tx) => { for (const row of rows) await enqueueJob(tx, ...) })
 */
export const relayOutbox = async (
  db: Kysely<Database>,
  consumer: string,
  handle: (rows: readonly RelayedEvent[], tx: Transaction<Database>) => Promise<void>,
  limit = 100,
): Promise<number> =>
  db.transaction().execute(async (tx) => {
    await tx
      .insertInto("outbox_cursors")
      .values({ consumer, last_id: 0 })
      .onConflict((c) => c.column("consumer").doNothing())
      .execute();
    const cursor = await tx
      .selectFrom("outbox_cursors")
      .select("last_id")
      .where("consumer", "=", consumer)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const rows = await tx
      .selectFrom("outbox")
      .select(["id", "event_type", "payload", "occurred_at"])
      .where("id", ">", Number(cursor.last_id))
      .orderBy("id")
      .limit(limit)
      .execute();
    if (rows.length === 0) return 0;
    await handle(
      rows.map((row) => ({
        id: Number(row.id),
        type: row.event_type,
        payload: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload,
        occurredAt: new Date(row.occurred_at),
      })),
      tx,
    );
    await tx
      .updateTable("outbox_cursors")
      .set({ last_id: Number(rows.at(-1)?.id) })
      .where("consumer", "=", consumer)
      .execute();
    return rows.length;
  });

/** Where a notification about `subject` was posted for `userId`, to update it later. */
export const saveChatMessage = async (
  db: Kysely<Database> | Transaction<Database>,
  message: {
    platform: string;
    subject: string;
    userId: string;
    channel: string;
    messageId: string;
    now: Date;
  },
): Promise<void> => {
  const row = {
    platform: message.platform,
    subject: message.subject,
    user_id: message.userId,
    channel: message.channel,
    message_id: message.messageId,
    posted_at: message.now,
  };
  await db
    .insertInto("chat_messages")
    .values(row)
    .onConflict((c) =>
      c.columns(["platform", "subject", "user_id"]).doUpdateSet({
        channel: row.channel,
        message_id: row.message_id,
        posted_at: row.posted_at,
      }),
    )
    .execute();
};

/** The messages posted about `subject` on `platform`, for everyone. */
export const chatMessagesAbout = async (
  db: Kysely<Database> | Transaction<Database>,
  platform: string,
  subject: string,
) =>
  db
    .selectFrom("chat_messages")
    .select(["user_id as userId", "channel", "message_id as messageId"])
    .where("platform", "=", platform)
    .where("subject", "=", subject)
    // A claim not yet posted has no message to update.
    .where("message_id", "<>", "")
    .orderBy("user_id")
    .execute();

/**
 * Claims the right to post about `subject` to `userId` on `platform`: true for
 * the one caller that gets it, false for every other (a retry, another
 * replica). The claim is completed by `saveChatMessage` or given back by
 * `releaseChatMessage` when posting failed.
 */
export const claimChatMessage = async (
  db: Kysely<Database> | Transaction<Database>,
  claim: { platform: string; subject: string; userId: string; now: Date },
): Promise<boolean> => {
  const row = await db
    .insertInto("chat_messages")
    .values({
      platform: claim.platform,
      subject: claim.subject,
      user_id: claim.userId,
      channel: "",
      message_id: "",
      posted_at: claim.now,
    })
    .onConflict((c) => c.columns(["platform", "subject", "user_id"]).doNothing())
    .returning("subject")
    .executeTakeFirst();
  return row !== undefined;
};

/** Gives back a claim whose message could not be posted, so a later try can post it. */
export const releaseChatMessage = async (
  db: Kysely<Database> | Transaction<Database>,
  claim: { platform: string; subject: string; userId: string },
): Promise<void> => {
  await db
    .deleteFrom("chat_messages")
    .where("platform", "=", claim.platform)
    .where("subject", "=", claim.subject)
    .where("user_id", "=", claim.userId)
    .where("message_id", "=", "")
    .execute();
};
