import type { CrmError } from "@baton/crm";
import type { Command } from "../commands/command";
import { crmProblem } from "../engine/crmProblem";
import { problemReply, type Reply, reply } from "../reply";
import type { Turn } from "../turn/turn";
import { offeredBy } from "./candidates";

/** What to say when a name matched several records, none, or none but some close ones. */
export type NameMessages = {
  readonly which: string;
  readonly didYouMean: string;
  readonly notFound: string;
};

/**
 * The reply to a refusal of a name: two good matches or close suggestions
 * become a stored question whose choices re-run the command with the record's
 * id (never a guess); no match at all is a polite `not_found`; anything else
 * goes to `crmProblem`.
 *
 * @example await nameProblem(turn, error, words, (id) => ({ verb: "account", name: id }))
 */
export const nameProblem = async (
  turn: Turn,
  error: CrmError,
  words: NameMessages,
  rebuild: (id: string) => Command,
): Promise<Reply> => {
  const offered = offeredBy(error);
  if (offered.length > 0 && (error.code === "ambiguous" || error.code === "not_found")) {
    const block = await turn.ask(
      error.code === "ambiguous" ? words.which : words.didYouMean,
      offered.map((record, i) => ({
        // Two records may share a name; numbering keeps the choices tellable apart.
        label:
          offered.filter((other) => other.name === record.name).length > 1
            ? `${record.name} (${offered.slice(0, i + 1).filter((o) => o.name === record.name).length})`
            : record.name,
        command: rebuild(record.id),
      })),
    );
    return reply(turn.locale, [block], { problem: error.code });
  }
  if (error.code === "not_found") return problemReply(turn.locale, "not_found", words.notFound);
  return crmProblem(turn, error);
};

/** The record-name messages of `/account`, `/deal` and `/lead` for `name`. */
export const recordNameMessages = (
  turn: Turn,
  kind: "account" | "deal" | "lead",
  name: string,
): NameMessages => ({
  which: turn.t.records.whichOne({ name }),
  didYouMean: turn.t.records.didYouMean({ name }),
  notFound: turn.t.records.notFound({ kind: turn.t.records.kind[kind](), name }),
});
