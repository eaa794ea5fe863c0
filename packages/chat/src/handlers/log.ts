import type { CommandOf } from "../commands/command";
import { readWhen } from "../dates/readWhen";
import { formattersFor } from "../format/formatters";
import { problemReply, type ReplyBlock, reply } from "../reply";
import type { Handler, Turn } from "../turn/turn";
import { nameProblem } from "./nameProblem";

/** Most words of the text tried as part of an unquoted account name. */
const MAX_NAME_WORDS = 6;

/**
 * `/log call Acme Corp pricing` reads "Acme" as the account; when a longer run
 * of words ("Acme Corp") is exactly a name the person can see, that is what
 * they meant, and the rest is the text.
 */
const longestExactName = async (
  turn: Turn,
  command: CommandOf<"log">,
): Promise<{ account: string; text: string | undefined }> => {
  if (command.wholeName) return { account: command.account, text: command.text };
  const words = command.text?.split(" ") ?? [];
  for (let take = Math.min(MAX_NAME_WORDS, words.length); take >= 1; take -= 1) {
    const name = [command.account, ...words.slice(0, take)].join(" ");
    const found = await turn.crm.find(turn.actor, { query: name, kinds: ["account"], limit: 2 });
    if (found.ok && found.value.some((match) => match.tier === "exact")) {
      const rest = words.slice(take).join(" ");
      return { account: name, text: rest.length > 0 ? rest : undefined };
    }
  }
  return { account: command.account, text: command.text };
};

/** `/log <kind> <account> [text] [next: <step> <when>]`: the activity and its next step, in one write. */
export const logHandler: Handler<CommandOf<"log">> = async (turn, command) => {
  const { t, locale } = turn;
  let dueAt: Date | undefined;
  if (command.next) {
    const due = readWhen(command.next.when, turn);
    if (due === null)
      return problemReply(locale, "usage", t.log.unclearWhen({ when: command.next.when }));
    dueAt = due;
  }
  const { account, text } = await longestExactName(turn, command);
  const logged = await turn.crm.logActivity(
    turn.actor,
    {
      kind: command.kind,
      account,
      ...(text ? { body: text, subject: text.slice(0, 200) } : {}),
      ...(command.private ? { private: true } : {}),
      ...(command.next && dueAt
        ? { nextStep: { text: command.next.step, dueAt: dueAt.toISOString() } }
        : {}),
    },
    { idempotencyKey: turn.writeKey("log") },
  );
  if (!logged.ok)
    return nameProblem(
      turn,
      logged.error,
      {
        which: t.log.whichAccount({ name: account }),
        didYouMean: t.log.didYouMean({ name: account }),
        notFound: t.log.notFound({ name: account }),
      },
      // The id names the record outright, so the answer cannot be ambiguous again.
      (id) => ({ ...command, account: id, wholeName: true, ...(text ? { text } : {}) }),
    );
  const { activity, nextStepTask } = logged.value;
  const on = logged.value.account ?? logged.value.deal ?? logged.value.contact;
  const format = formattersFor(locale, turn.timeZone);
  const kind = t.log.kind[command.kind]();
  const onName = on?.name ?? account;
  const blocks: ReplyBlock[] = [
    {
      type: "text",
      tone: "success",
      text: command.private
        ? t.log.loggedPrivate({ kind, on: onName })
        : t.log.logged({ kind, on: onName }),
    },
  ];
  const facts = [
    ...(text ? [{ label: t.log.facts.what(), value: text }] : []),
    ...(activity.occurredAt
      ? [{ label: t.log.facts.when(), value: format.dateTime(activity.occurredAt) }]
      : []),
  ];
  if (facts.length > 0) blocks.push({ type: "facts", facts });
  blocks.push({
    type: "text",
    text: nextStepTask?.dueAt
      ? t.log.nextStep({ step: nextStepTask.text, due: format.dateTime(nextStepTask.dueAt) })
      : t.log.noNextStep(),
  });
  return reply(locale, blocks);
};
