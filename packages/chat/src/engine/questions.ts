import type { Locale } from "@baton/core";
import type { Crm } from "@baton/crm";
import { saveChatQuestion } from "@baton/store";
import { z } from "zod";
import { Command } from "../commands/command";
import type { Catalog } from "../i18n/catalog";
import type { Inbound } from "../inbound";
import type { ReplyBlock } from "../reply";
import type { PendingChoice } from "../turn/turn";

/** The action id of a button answering a stored question; its value is `<question id>:<choice index>`. */
export const ANSWER_ACTION = "baton.answer";

/**
 * The action id of a button that simply runs a command; its value is the
 * command as typed ("/approvals approve A-12"). Nothing is stored for it.
 */
export const COMMAND_ACTION = "baton.command";

const StoredChoices = z.array(
  z.object({
    label: z.string(),
    command: Command.nullable(),
    style: z.enum(["primary", "danger"]).optional(),
  }),
);

/** The choices of a stored question; a row that no longer reads as choices has none. */
export const readStoredChoices = (stored: unknown): PendingChoice[] => {
  const parsed = StoredChoices.safeParse(stored);
  return parsed.success ? parsed.data : [];
};

type AskerContext = {
  readonly crm: Crm;
  readonly inbound: Inbound;
  readonly actor: { readonly userId: string };
  readonly locale: Locale;
  readonly now: Date;
  readonly t: Catalog;
  readonly ttlMs: number;
};

/** `ask` and `confirm` of one turn: each stores its question, then shows it. */
export const questionAsker = (ctx: AskerContext) => {
  const store = async (prompt: string, choices: readonly PendingChoice[]): Promise<string> => {
    const id = ctx.crm.context.newId();
    await saveChatQuestion(ctx.crm.context.store.db, {
      id,
      userId: ctx.actor.userId,
      platform: ctx.inbound.identity.platform,
      conversationId: ctx.inbound.conversationId,
      locale: ctx.locale,
      prompt,
      choices,
      createdAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + ctx.ttlMs),
    });
    return id;
  };
  const button = (id: string, choice: PendingChoice, index: number) => ({
    label: choice.label,
    actionId: ANSWER_ACTION,
    value: `${id}:${index}`,
    ...(choice.style ? { style: choice.style } : {}),
  });
  return {
    ask: async (prompt: string, choices: readonly PendingChoice[]): Promise<ReplyBlock> => {
      const id = await store(prompt, choices);
      return { type: "choices", prompt, choices: choices.map((c, i) => button(id, c, i)) };
    },
    confirm: async (prompt: string, command: Command): Promise<ReplyBlock> => {
      const choices: PendingChoice[] = [
        { label: ctx.t.common.confirm(), command, style: "primary" },
        { label: ctx.t.common.cancel(), command: null },
      ];
      const id = await store(prompt, choices);
      return {
        type: "confirm",
        prompt,
        confirm: button(id, choices[0] as PendingChoice, 0),
        cancel: button(id, choices[1] as PendingChoice, 1),
      };
    },
  };
};
