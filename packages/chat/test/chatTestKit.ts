import type { Locale } from "@baton/core";
import type { Crm } from "@baton/crm";
import { openTestCrm, type testClock } from "@baton/crm/testing";
import { linkChatIdentity } from "@baton/store";
import type { TestDriver } from "@baton/store/testing";
import { type Button, createChat, type Inbound, type LanguageModel, type Reply } from "../src";

export { ADA, BOB, EVE, LEO, MIA, T0, testClock, USERS } from "@baton/crm/testing";

let messageCounter = 0;

/** Options of one scripted message. */
export type SayOptions = {
  /** The platform id of this delivery; the same key twice is a retry. Default: a new one. */
  readonly key?: string;
  readonly conversationId?: string;
  readonly locale?: Locale;
  readonly timeZone?: string;
};

/**
 * A chat over a CRM on `driver` with the test company seeded and every user
 * linked as a terminal user (`cli` / `local` / their user id). `say(userId, text)`
 * sends a message as that user; `press(userId, button)` presses a button of an
 * earlier reply.
 */
export const openTestChat = async (
  driver: TestDriver,
  options: { model?: LanguageModel | null; clock?: ReturnType<typeof testClock> } = {},
) => {
  const crm = await openTestCrm(driver, options.clock ? { clock: options.clock } : {});
  const { USERS } = await import("@baton/crm/testing");
  for (const user of USERS) {
    if (user.id === undefined) continue;
    await linkChatIdentity(crm.context.store.db, {
      platform: "cli",
      tenantId: "local",
      externalUserId: user.id,
      userId: user.id,
      verifiedBy: "admin",
    });
  }
  const chat = createChat({ crm: crm as Crm, model: options.model ?? null });
  const inbound = (
    userId: string,
    message: Inbound["message"],
    opts: SayOptions = {},
  ): Inbound => ({
    identity: { platform: "cli", tenantId: "local", externalUserId: userId },
    channel: "cli",
    conversationId: opts.conversationId ?? `dm-${userId}`,
    message,
    idempotencyKey: opts.key ?? `msg-${++messageCounter}`,
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
  });
  return {
    crm,
    chat,
    clock: crm.clock,
    inbound,
    say: (userId: string, text: string, opts?: SayOptions): Promise<Reply> =>
      chat.handle(inbound(userId, { type: "text", text }, opts)),
    press: (userId: string, button: Button, opts?: SayOptions): Promise<Reply> =>
      chat.handle(
        inbound(userId, { type: "action", actionId: button.actionId, value: button.value }, opts),
      ),
    close: () => crm.close(),
  };
};

/** The buttons of a reply's first question (choices or confirm), in order. */
export const buttonsOf = (reply: Reply): Button[] => {
  for (const block of reply.blocks) {
    if (block.type === "choices") return [...block.choices];
    if (block.type === "confirm") return [block.confirm, block.cancel];
    if (block.type === "buttons") return [...block.buttons];
  }
  return [];
};
