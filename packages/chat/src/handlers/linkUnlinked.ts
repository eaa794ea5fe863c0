import type { Locale } from "@baton/core";
import type { Crm } from "@baton/crm";
import { linkChatIdentity, redeemLinkCode } from "@baton/store";
import { type Catalog, messages } from "../i18n/catalog";
import { pickLocale } from "../i18n/pickLocale";
import type { Inbound } from "../inbound";
import { problemReply, type Reply, textReply } from "../reply";

/** What redeeming a code from a chat account Baton does not know yet can use. */
export type UnlinkedTurn = {
  readonly crm: Crm;
  readonly inbound: Inbound;
  readonly locale: Locale;
  readonly t: Catalog;
  readonly now: Date;
};

/**
 * `/link <code>` from an unlinked chat account: links it to the user who
 * issued the code, in one transaction so a code is never spent without a link.
 */
export const linkUnlinked = async (turn: UnlinkedTurn, code: string): Promise<Reply> => {
  const { identity } = turn.inbound;
  const user = await turn.crm.context.store.db.transaction().execute(async (tx) => {
    const userId = await redeemLinkCode(tx, { code, now: turn.now });
    if (userId === null) return null;
    await linkChatIdentity(tx, { ...identity, userId, verifiedBy: "link_code" });
    return tx
      .selectFrom("users")
      .select(["name", "locale"])
      .where("id", "=", userId)
      .executeTakeFirst();
  });
  if (!user) return problemReply(turn.locale, "not_linked", turn.t.settings.badCode());
  const locale = pickLocale(user.locale, turn.locale);
  return textReply(locale, messages(locale).settings.linked({ name: user.name }), "success");
};
