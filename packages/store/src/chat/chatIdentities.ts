import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema/database";

type Db = Kysely<Database> | Transaction<Database>;

/** A chat account: Slack team + user id, or Teams tenant + AAD object id. */
export type ChatAccount = {
  readonly platform: string;
  readonly tenantId: string;
  readonly externalUserId: string;
};

/**
 * Links a chat account to a Baton user, replacing an earlier link; `verifiedBy`
 * says how we know it is them ("email", "link_code", "admin").
 *
 * @example await linkChatIdentity(db, { platform: "slack", tenantId: "T1", externalUserId: "U1", userId: "user-ada", verifiedBy: "email" })
 */
export const linkChatIdentity = async (
  db: Db,
  link: ChatAccount & { readonly userId: string; readonly verifiedBy: string },
): Promise<void> => {
  const row = {
    platform: link.platform,
    tenant_id: link.tenantId,
    external_user_id: link.externalUserId,
    user_id: link.userId,
    verified_by: link.verifiedBy,
  };
  await db
    .insertInto("chat_identities")
    .values(row)
    .onConflict((c) =>
      c
        .columns(["platform", "tenant_id", "external_user_id"])
        .doUpdateSet({ user_id: row.user_id, verified_by: row.verified_by }),
    )
    .execute();
};

/** The Baton user a chat account is linked to, or `null` when it is not linked. */
export const findChatIdentity = async (db: Db, account: ChatAccount): Promise<string | null> => {
  const row = await db
    .selectFrom("chat_identities")
    .select("user_id")
    .where("platform", "=", account.platform)
    .where("tenant_id", "=", account.tenantId)
    .where("external_user_id", "=", account.externalUserId)
    .executeTakeFirst();
  return row?.user_id ?? null;
};
