import { type Crm, loadActor } from "@baton/crm";
import {
  answerChatQuestion,
  findChatIdentity,
  findChatQuestion,
  isUnavailable,
  openChatQuestion,
  userPrefs,
} from "@baton/store";
import { type Command, isWrite } from "../commands/command";
import { parseCommand } from "../grammar/parseCommand";
import { usageReply } from "../grammar/usageReply";
import { HANDLERS } from "../handlers";
import { linkUnlinked } from "../handlers/linkUnlinked";
import { messages } from "../i18n/catalog";
import { pickLocale } from "../i18n/pickLocale";
import { Inbound, MAX_INBOUND_TEXT } from "../inbound";
import { describeCommand } from "../language/describeCommand";
import type { LanguageModel } from "../language/languageModel";
import { problemReply, type Reply, textReply } from "../reply";
import type { Turn } from "../turn/turn";
import { ANSWER_ACTION, COMMAND_ACTION, questionAsker, readStoredChoices } from "./questions";

export type ChatOptions = {
  readonly crm: Crm;
  /** Free-text understanding; without one, free text gets a hint to use a command. */
  readonly model?: LanguageModel | null;
  /** How long a question waits for its answer; default 24 hours. */
  readonly questionTtlMs?: number;
  /** Told about failures the user only sees as "something went wrong" (log them). */
  readonly onError?: (error: unknown) => void;
};

/** Baton's conversation: one inbound message in, one reply out. */
export type Chat = {
  /**
   * Answers one message. Never throws: a mistake, a refusal or a failure is a
   * polite reply in the user's language (with `problem` set).
   *
   * @example await chat.handle({ identity, channel: "cli", conversationId: "term", message: { type: "text", text: "/account Acme" }, idempotencyKey: "cli:1" })
   */
  handle(inbound: unknown): Promise<Reply>;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs one command with its handler; the verb picks the handler, the types keep them paired. */
const runCommand = (turn: Turn, command: Command): Promise<Reply> =>
  (HANDLERS[command.verb] as (turn: Turn, command: Command) => Promise<Reply>)(turn, command);

/**
 * Builds the conversation over a CRM.
 *
 * @example const chat = createChat({ crm, model: process.env.OPENAI_API_KEY ? openAiModel({ apiKey }) : null })
 */
export const createChat = (options: ChatOptions): Chat => {
  const { crm } = options;
  const db = crm.context.store.db;
  const ttl = options.questionTtlMs ?? DAY_MS;

  const turnOf = async (
    inbound: Inbound,
    userId: string,
    keyBase: string,
  ): Promise<Turn | Reply> => {
    const now = crm.context.clock();
    const loaded = await loadActor(db, { userId });
    if (!loaded.ok) {
      const locale = pickLocale(inbound.locale);
      return loaded.error.code === "inactive_actor"
        ? problemReply(locale, "forbidden", messages(locale).common.inactive())
        : problemReply(locale, "not_linked", messages(locale).common.notLinked());
    }
    const user = loaded.value;
    const prefs = await userPrefs(db, userId);
    const locale = pickLocale(prefs.locale, inbound.locale, user.locale);
    const timeZone = prefs.timeZone ?? inbound.timeZone ?? user.timeZone ?? "UTC";
    const t = messages(locale);
    const base = { crm, inbound, actor: { userId }, user, locale, timeZone, now, t };
    const asker = questionAsker({ ...base, ttlMs: ttl });
    return {
      ...base,
      writeKey: (part) => `${keyBase}:${part ?? "write"}`,
      ask: asker.ask,
      confirm: asker.confirm,
    };
  };

  const answer = async (turn: Turn, questionId: string, choice: number): Promise<Reply> => {
    const { t, locale } = turn;
    // Only the person asked may answer: a forwarded button must not act, nor use up the question.
    const asked = await findChatQuestion(db, questionId);
    if (asked && asked.userId !== turn.actor.userId)
      return problemReply(locale, "forbidden", t.common.forbidden());
    const result = await answerChatQuestion(db, { id: questionId, choice, now: turn.now });
    if (!("question" in result))
      return problemReply(
        locale,
        "expired",
        result.status === "missing" ? t.common.noQuestion() : t.common.expired(),
      );
    if (result.status === "taken")
      return problemReply(locale, "conflict", t.common.alreadyAnswered());
    const { question } = result;
    const chosen = readStoredChoices(question.choices)[choice];
    if (chosen === undefined) return problemReply(locale, "usage", t.common.noQuestion());
    if (chosen.command === null)
      return textReply(locale, t.common.cancelled(), "info", { answers: question.id });
    // The key belongs to the question and choice, not to the message that answered it:
    // a second click, a typed "1" after the button, or another replica all write once.
    const keyed: Turn = {
      ...turn,
      writeKey: (part) =>
        `${turn.inbound.identity.platform}:${turn.inbound.identity.tenantId}:q:${question.id}:${choice}:${part ?? "write"}`,
    };
    const replied = await runCommand(keyed, chosen.command);
    return { ...replied, answers: question.id };
  };

  /** A typed answer to the open question of this conversation ("2", "yes", "取消"), if it is one. */
  const typedAnswer = async (turn: Turn, text: string): Promise<Reply | null> => {
    const trimmed = text.trim().toLowerCase();
    const number = /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : null;
    const yes = turn.t.common.yesWords().includes(trimmed);
    const no = turn.t.common.noWords().includes(trimmed);
    if (number === null && !yes && !no) return null;
    const open = await openChatQuestion(db, {
      userId: turn.actor.userId,
      platform: turn.inbound.identity.platform,
      conversationId: turn.inbound.conversationId,
      now: turn.now,
    });
    if (!open)
      return number === null
        ? null
        : problemReply(turn.locale, "usage", turn.t.common.noQuestion());
    const choices = readStoredChoices(open.choices);
    const index =
      number !== null
        ? number - 1
        : yes
          ? choices.findIndex((c) => c.command !== null)
          : choices.findIndex((c) => c.command === null);
    if (index < 0 || index >= choices.length) return null;
    return answer(turn, open.id, index);
  };

  const understand = async (turn: Turn, text: string): Promise<Reply> => {
    const { t, locale } = turn;
    if (!options.model) return problemReply(locale, "usage", t.common.freeTextHint());
    const understood = await options.model.understand(text, {
      locale,
      timeZone: turn.timeZone,
      now: turn.now,
    });
    if (!understood.ok)
      return problemReply(
        locale,
        "usage",
        understood.reason === "unclear" ? t.common.freeTextUnclear() : t.common.freeTextHint(),
      );
    const { command } = understood;
    if (!isWrite(command)) return runCommand(turn, command);
    // A model can misread; a write it parsed happens only once the person says yes.
    const block = await turn.confirm(
      t.common.confirmPreview({ summary: describeCommand(t, command) }),
      command,
    );
    return { locale, blocks: [block] };
  };

  const respond = async (turn: Turn, text: string): Promise<Reply> => {
    const answered = await typedAnswer(turn, text);
    if (answered) return answered;
    const parsed = parseCommand(text);
    switch (parsed.kind) {
      case "command":
        return runCommand(turn, parsed.command);
      case "usage":
        return usageReply(turn.locale, turn.t, parsed.verb, parsed.problem);
      case "free_text":
        return understand(turn, parsed.text);
    }
  };

  const handleValid = async (inbound: Inbound): Promise<Reply> => {
    const fallbackLocale = pickLocale(inbound.locale);
    const { message } = inbound;
    const text =
      message.type === "text"
        ? message.text
        : message.type === "action"
          ? message.value
          : JSON.stringify(message.command);
    if (text.length > MAX_INBOUND_TEXT)
      return problemReply(
        fallbackLocale,
        "too_long",
        messages(fallbackLocale).common.tooLong({ max: MAX_INBOUND_TEXT }),
      );
    const { identity } = inbound;
    const userId = await findChatIdentity(db, identity);
    if (userId === null) {
      const parsed = inbound.message.type === "text" ? parseCommand(inbound.message.text) : null;
      const t = messages(fallbackLocale);
      if (parsed?.kind === "command" && parsed.command.verb === "link" && parsed.command.code)
        return linkUnlinked(
          { crm, inbound, locale: fallbackLocale, t, now: crm.context.clock() },
          parsed.command.code,
        );
      return problemReply(fallbackLocale, "not_linked", t.common.notLinked());
    }
    const keyBase = `${identity.platform}:${identity.tenantId}:${inbound.idempotencyKey}`;
    const turn = await turnOf(inbound, userId, keyBase);
    if (!("writeKey" in turn)) return turn;
    if (inbound.message.type === "text") return respond(turn, inbound.message.text);
    if (inbound.message.type === "command") return runCommand(turn, inbound.message.command);
    const { actionId, value } = inbound.message;
    if (actionId === ANSWER_ACTION) {
      const [questionId, choice] = value.split(":");
      if (!questionId || !/^\d+$/.test(choice ?? ""))
        return problemReply(turn.locale, "usage", turn.t.common.noQuestion());
      return answer(turn, questionId, Number(choice));
    }
    if (actionId === COMMAND_ACTION) return respond(turn, value);
    return problemReply(turn.locale, "usage", turn.t.common.noQuestion());
  };

  return {
    handle: async (raw) => {
      const parsed = Inbound.safeParse(raw);
      if (!parsed.success) {
        const locale = pickLocale((raw as { locale?: string } | null)?.locale);
        return problemReply(locale, "invalid_input", messages(locale).common.invalidInbound());
      }
      try {
        return await handleValid(parsed.data);
      } catch (error) {
        options.onError?.(error);
        const locale = pickLocale(parsed.data.locale);
        const t = messages(locale);
        return isUnavailable(error)
          ? problemReply(locale, "unavailable", t.common.unavailable())
          : problemReply(locale, "internal", t.common.internal());
      }
    },
  };
};
