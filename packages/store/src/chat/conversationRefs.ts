import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema/database";

type Db = Kysely<Database> | Transaction<Database>;

/** Where to reach a user proactively on one platform (a Slack DM channel, a Teams conversation reference). */
export type ConversationRef = {
  readonly userId: string;
  readonly platform: string;
  readonly tenantId: string;
  readonly reference: unknown;
};

/** Saves (or replaces) the user's conversation reference for that platform and tenant. */
export const saveConversationRef = async (
  db: Db,
  ref: ConversationRef,
  now: Date = new Date(),
): Promise<void> => {
  const reference = JSON.stringify(ref.reference ?? null);
  await db
    .insertInto("conversation_refs")
    .values({
      user_id: ref.userId,
      platform: ref.platform,
      tenant_id: ref.tenantId,
      reference,
      updated_at: now,
    })
    .onConflict((c) =>
      c.columns(["user_id", "platform", "tenant_id"]).doUpdateSet({ reference, updated_at: now }),
    )
    .execute();
};

/** Every place the user can be reached, most recently refreshed first. */
export const conversationRefsOf = async (db: Db, userId: string): Promise<ConversationRef[]> => {
  const rows = await db
    .selectFrom("conversation_refs")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    platform: r.platform,
    tenantId: r.tenant_id,
    reference: r.reference,
  }));
};
