import OpenAI, { APIConnectionTimeoutError } from "openai";
import { z } from "zod";
import { Command } from "../commands/command";
import type { LanguageModel, UnderstandContext, Understood } from "./languageModel";

/** How to reach an OpenAI-compatible server. */
export type OpenAiModelOptions = {
  readonly apiKey: string;
  /** Any OpenAI-compatible server; default OpenAI's. */
  readonly baseURL?: string;
  /** Default `gpt-4o-mini`: cheap, fast and good at structured output. */
  readonly model?: string;
  /** Give up after this long and let the grammar answer; default 8 s. */
  readonly timeoutMs?: number;
};

/** What the model must answer: one command, or null when the text asks for none. */
export const ModelAnswer = z.object({ command: Command.nullable() });

const ANSWER_SCHEMA = z.toJSONSchema(ModelAnswer, { io: "input" }) as Record<string, unknown>;

const instructions = (context: UnderstandContext): string =>
  [
    "You turn a CRM user's message into one Baton command, as JSON matching the schema.",
    "Commands: log (an activity on an account: kind call|email|meeting|demo|note, account name,",
    "text, optional next {step, when} with `when` copied as the user said it, e.g. 'fri' or '明天下午3点'),",
    "account (show one), deal (show, or action move {stage} or discount {percent, reason}),",
    "lead (show, or action accept|recycle|disqualify with reason), approvals (list, or decision",
    "{approval, decision approve|reject, comment}), pipeline {scope me|team}, kpi {name, period},",
    "health, lang {locale en|zh-CN}, help.",
    "Copy names exactly as written; never invent an account, a number or a date.",
    'If the message asks for none of these, answer {"command": null}.',
    `The user's language is ${context.locale}, their time zone ${context.timeZone}, and it is now ${context.now.toISOString()}.`,
  ].join("\n");

/**
 * A language model over the real `openai` client, pointed at any
 * OpenAI-compatible server. The answer is checked with the same zod schema the
 * grammar's commands pass; anything else is `invalid_output`, never a guess.
 *
 * @example const model = openAiModel({ apiKey: process.env.OPENAI_API_KEY, baseURL: process.env.OPENAI_BASE_URL })
 */
export const openAiModel = (options: OpenAiModelOptions): LanguageModel => {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs ?? 8_000,
    // A person is waiting: one try, then the grammar's hint.
    maxRetries: 0,
  });
  const model = options.model ?? "gpt-4o-mini";
  return {
    understand: async (text, context): Promise<Understood> => {
      let content: string | null | undefined;
      try {
        const completion = await client.chat.completions.create({
          model,
          temperature: 0,
          messages: [
            { role: "system", content: instructions(context) },
            { role: "user", content: text },
          ],
          response_format: {
            type: "json_schema",
            json_schema: { name: "baton_command", schema: ANSWER_SCHEMA, strict: false },
          },
        });
        content = completion.choices[0]?.message?.content;
      } catch (error) {
        return {
          ok: false,
          reason: error instanceof APIConnectionTimeoutError ? "timeout" : "failed",
        };
      }
      if (!content) return { ok: false, reason: "invalid_output" };
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch {
        return { ok: false, reason: "invalid_output" };
      }
      const answer = ModelAnswer.safeParse(json);
      if (!answer.success) return { ok: false, reason: "invalid_output" };
      return answer.data.command === null
        ? { ok: false, reason: "unclear" }
        : { ok: true, command: answer.data.command };
    },
  };
};
