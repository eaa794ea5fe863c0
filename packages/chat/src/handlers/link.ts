import { randomInt } from "node:crypto";
import { saveLinkCode } from "@baton/store";
import type { CommandOf } from "../commands/command";
import { textReply } from "../reply";
import type { Handler } from "../turn/turn";

/** How long a link code works: long enough to switch apps, short enough to be useless if leaked. */
export const LINK_CODE_MINUTES = 15;
/** No 0/O, 1/I/L: a code is read off one screen and typed on another. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;

const newCode = (): string =>
  Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");

/** `/link`: who this chat account is; `/link new`: a one-time code to link another chat account. */
export const linkHandler: Handler<CommandOf<"link">> = async (turn, command) => {
  const { t, locale } = turn;
  if (command.code === undefined)
    return textReply(
      locale,
      t.settings.linkedAs({ name: turn.user.name, email: turn.user.email ?? "" }),
    );
  if (command.code.toLowerCase() !== "new")
    return textReply(locale, t.settings.alreadyLinked(), "info");
  const code = newCode();
  await saveLinkCode(turn.crm.context.store.db, {
    code,
    userId: turn.actor.userId,
    now: turn.now,
    expiresAt: new Date(turn.now.getTime() + LINK_CODE_MINUTES * 60_000),
  });
  return textReply(locale, t.settings.linkCode({ code, minutes: LINK_CODE_MINUTES }));
};
