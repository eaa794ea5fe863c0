import type { Crm } from "@baton/crm";
import { findChatIdentity, linkChatIdentity } from "@baton/store";
import type { WebClient } from "@slack/web-api";

/**
 * Makes sure a Slack user is linked to their Baton user when Slack vouches for
 * the same email: an existing link is kept; otherwise `users.info` gives the
 * profile email, and a confirmed email equal to an active Baton user's links
 * them. Anyone else stays unlinked, and chat tells them how to `/link`.
 *
 * @example await linkByEmail(crm, client, "T1", "U1") // "user-ada" or null
 */
export const linkByEmail = async (
  crm: Crm,
  client: WebClient,
  teamId: string,
  slackUserId: string,
): Promise<string | null> => {
  const db = crm.context.store.db;
  const account = { platform: "slack", tenantId: teamId, externalUserId: slackUserId };
  const linked = await findChatIdentity(db, account);
  if (linked) return linked;
  let email: string | undefined;
  try {
    const info = await client.users.info({ user: slackUserId });
    const user = info.user as
      | { is_email_confirmed?: boolean; profile?: { email?: string } }
      | undefined;
    // An unconfirmed address is anyone's claim; only Slack's confirmed one links.
    if (user?.is_email_confirmed !== false) email = user?.profile?.email?.trim().toLowerCase();
  } catch {
    return null;
  }
  if (!email) return null;
  const match = await db
    .selectFrom("users")
    .select("id")
    .where("active", "=", true)
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email))
    .execute();
  const only = match.length === 1 ? match[0] : undefined;
  if (!only) return null;
  await linkChatIdentity(db, { ...account, userId: only.id, verifiedBy: "slack_email" });
  return only.id;
};
