import type { Locale } from "@baton/core";
import { VERBS, type Verb } from "../commands/command";
import type { Catalog } from "../i18n/catalog";
import { problemReply, type Reply } from "../reply";
import type { UsageProblem } from "./parseCommand";

type ProblemCode = keyof Catalog["grammar"]["problem"];

const isProblemCode = (t: Catalog, code: string): code is ProblemCode =>
  Object.hasOwn(t.grammar.problem, code);

/** How one command is written, with an example: `usageOf(t, "log")`. */
export const usageOf = (t: Catalog, verb: Verb): string =>
  t.grammar.usageLine({ usage: t.grammar.usage[verb](), example: t.grammar.example[verb]() });

/**
 * The polite hint for a command that could not be read: what was wrong and how
 * to write it (for an unknown command, where to find them all).
 *
 * @example usageReply("en", messages("en"), "log", { code: "missing_account" })
 */
export const usageReply = (
  locale: Locale,
  t: Catalog,
  verb: Verb | null,
  problem: UsageProblem,
): Reply => {
  const code = isProblemCode(t, problem.code) ? problem.code : "invalid";
  const what = t.grammar.problem[code](
    problem.detail === undefined ? {} : { detail: problem.detail },
  );
  const how = verb !== null && VERBS.includes(verb) ? usageOf(t, verb) : t.grammar.seeHelp();
  return problemReply(locale, "usage", `${what}\n${how}`);
};
