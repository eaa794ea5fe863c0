import { type CommandOf, VERBS, type Verb } from "../commands/command";
import { usageOf } from "../grammar/usageReply";
import { VERB_WORDS } from "../grammar/words";
import { type ReplyBlock, reply } from "../reply";
import type { Handler } from "../turn/turn";

/** `/help [topic]`: every command with what it does, or one command's usage and an example. */
export const helpHandler: Handler<CommandOf<"help">> = async (turn, command) => {
  const { t, locale } = turn;
  const topic = command.topic?.replace(/^\//, "");
  const verb = topic === undefined ? undefined : (VERB_WORDS[topic] as Verb | undefined);
  if (verb !== undefined)
    return reply(locale, [
      { type: "heading", text: `/${verb}` },
      { type: "text", text: t.help.describe[verb]() },
      { type: "text", text: usageOf(t, verb) },
    ]);
  const blocks: ReplyBlock[] = [
    { type: "heading", text: t.help.title() },
    ...(topic !== undefined
      ? [{ type: "text" as const, text: t.help.unknownTopic({ topic }) }]
      : []),
    {
      type: "table",
      columns: t.help.columns(),
      rows: VERBS.map((v) => [t.grammar.usage[v](), t.help.describe[v]()]),
    },
    { type: "text", text: t.help.intro() },
    { type: "text", text: t.help.freeText() },
  ];
  return reply(locale, blocks);
};
