import { Command, type Verb } from "../commands/command";
import { parseLog } from "./parseLog";
import { firstPart, normalizeInput, splitAtKeyword, unquote } from "./tokens";
import {
  DEAL_ACTION_WORDS,
  DECISION_WORDS,
  LEAD_ACTION_WORDS,
  LOCALE_WORDS,
  PERIOD_WORDS,
  SCOPE_WORDS,
  VERB_WORDS,
} from "./words";

/** Why a typed command could not be read; the grammar's messages turn it into a usage hint. */
export type UsageProblem = {
  /** e.g. "unknown_verb", "missing_account", "bad_kind", "bad_percent" (see the grammar messages). */
  readonly code: string;
  /** The part of the input the problem is about, as typed. */
  readonly detail?: string;
};

/** What the grammar made of one message. */
export type Parsed =
  | { readonly kind: "command"; readonly command: Command }
  /** Not a slash command: free text for the language model. */
  | { readonly kind: "free_text"; readonly text: string }
  /** A slash command that could not be read; `verb` is null for an unknown verb. */
  | { readonly kind: "usage"; readonly verb: Verb | null; readonly problem: UsageProblem };

type Reading = { ok: true; value: unknown } | { ok: false; code: string; detail?: string };

const fail = (code: string, detail?: string): Reading =>
  detail === undefined ? { ok: false, code } : { ok: false, code, detail };

/** A name, quoted or not, then what follows its action keyword. */
const nameAndAction = <K>(args: string, keywords: Readonly<Record<string, K>>) => {
  const first = firstPart(args);
  if (first.quoted) {
    const { keyword, after } = splitAtKeyword(first.rest, keywords);
    return { name: first.part, keyword, after };
  }
  const { before, keyword, after } = splitAtKeyword(args, keywords);
  return { name: unquote(before), keyword, after };
};

const PERCENT = /^(\d{1,3}(?:\.\d+)?)\s*%?$/u;

const parseDeal = (args: string): Reading => {
  const { name, keyword, after } = nameAndAction(args, DEAL_ACTION_WORDS);
  if (name.length === 0) return fail("missing_name");
  if (keyword === null) return { ok: true, value: { verb: "deal", name } };
  if (keyword === "move") {
    const stage = unquote(after);
    return stage.length === 0
      ? fail("missing_stage")
      : { ok: true, value: { verb: "deal", name, action: { type: "move", stage } } };
  }
  const tokens = after.split(" ");
  // "15%", "15 %" and "15" all mean fifteen percent.
  const joined = tokens[1] === "%" ? `${tokens[0]}%` : (tokens[0] ?? "");
  const reason = tokens.slice(tokens[1] === "%" ? 2 : 1).join(" ");
  const percent = PERCENT.exec(joined);
  if (!percent) return fail("bad_percent", joined);
  const value = Number(percent[1]);
  if (!(value > 0 && value <= 100)) return fail("bad_percent", joined);
  if (reason.trim().length === 0) return fail("missing_reason");
  return {
    ok: true,
    value: {
      verb: "deal",
      name,
      action: { type: "discount", percent: value, reason: unquote(reason) },
    },
  };
};

const parseLead = (args: string): Reading => {
  const { name, keyword, after } = nameAndAction(args, LEAD_ACTION_WORDS);
  if (name.length === 0) return fail("missing_name");
  const reason = unquote(after);
  return {
    ok: true,
    value: {
      verb: "lead",
      name,
      ...(keyword ? { action: keyword } : {}),
      ...(keyword && reason.length > 0 ? { reason } : {}),
    },
  };
};

const parseApprovals = (args: string): Reading => {
  if (args.length === 0) return { ok: true, value: { verb: "approvals" } };
  const { part, rest } = firstPart(args);
  const decision = DECISION_WORDS[part.toLowerCase()];
  if (decision === undefined) return fail("bad_decision", part);
  const ref = firstPart(rest);
  if (ref.part.length === 0) return fail("missing_ref");
  const comment = unquote(ref.rest);
  return {
    ok: true,
    value: {
      verb: "approvals",
      decision: {
        approval: ref.part,
        decision,
        ...(comment.length > 0 ? { comment } : {}),
      },
    },
  };
};

const parsePipeline = (args: string): Reading => {
  if (args.length === 0) return { ok: true, value: { verb: "pipeline", scope: "me" } };
  const scope = SCOPE_WORDS[args.toLowerCase()];
  return scope ? { ok: true, value: { verb: "pipeline", scope } } : fail("bad_scope", args);
};

/** `/kpi [name] [period]`: the period is the longest run of last words that names one. */
const parseKpi = (args: string): Reading => {
  if (args.length === 0) return { ok: true, value: { verb: "kpi" } };
  const words = args.split(" ");
  for (let take = Math.min(2, words.length); take >= 1; take -= 1) {
    const tail = words.slice(-take).join(" ").toLowerCase();
    const period = PERIOD_WORDS[tail] ?? (/^\d{4}-q[1-4]$/.test(tail) ? tail.toUpperCase() : null);
    if (period) {
      const name = words.slice(0, -take).join(" ");
      return { ok: true, value: { verb: "kpi", period, ...(name ? { name } : {}) } };
    }
  }
  return { ok: true, value: { verb: "kpi", name: args } };
};

const parseLang = (args: string): Reading => {
  if (args.length === 0) return { ok: true, value: { verb: "lang" } };
  const locale = LOCALE_WORDS[args.toLowerCase()];
  return locale ? { ok: true, value: { verb: "lang", locale } } : fail("bad_locale", args);
};

const readVerb = (verb: Verb, args: string): Reading => {
  switch (verb) {
    case "log":
      return parseLog(args);
    case "account": {
      const name = unquote(args);
      return name.length === 0 ? fail("missing_name") : { ok: true, value: { verb, name } };
    }
    case "deal":
      return parseDeal(args);
    case "lead":
      return parseLead(args);
    case "approvals":
      return parseApprovals(args);
    case "pipeline":
      return parsePipeline(args);
    case "kpi":
      return parseKpi(args);
    case "health":
      return { ok: true, value: { verb } };
    case "lang":
      return parseLang(args);
    case "link":
      return { ok: true, value: args.length > 0 ? { verb, code: args } : { verb } };
    case "help":
      return { ok: true, value: args.length > 0 ? { verb, topic: args.toLowerCase() } : { verb } };
  }
};

/** Longest text the grammar reads; chat refuses longer messages before they get here. */
const MAX_COMMAND_TEXT = 20_000;

/**
 * Reads a typed message with Baton's command grammar (English and Chinese forms).
 * Never throws: any string gives a `Parsed`.
 *
 * @example parseCommand("/log call Acme pricing next: proposal fri")
 * // { kind: "command", command: { verb: "log", kind: "call", account: "Acme", text: "pricing", next: { step: "proposal", when: "fri" } } }
 */
export const parseCommand = (text: string): Parsed => {
  const input = normalizeInput(text.slice(0, MAX_COMMAND_TEXT));
  if (!input.startsWith("/")) return { kind: "free_text", text: text.trim() };
  let { part: verbWord, rest: args } = firstPart(input.slice(1));
  if (verbWord.toLowerCase() === "baton") {
    // Slack registers one `/baton` for everything: `/baton log call ...` is `/log call ...`.
    if (args.length === 0) return { kind: "command", command: { verb: "help" } };
    ({ part: verbWord, rest: args } = firstPart(args));
  }
  const verb = VERB_WORDS[verbWord.toLowerCase()] as Verb | undefined;
  if (verb === undefined)
    return {
      kind: "usage",
      verb: null,
      problem:
        verbWord.length > 0 ? { code: "unknown_verb", detail: verbWord } : { code: "unknown_verb" },
    };
  const reading = readVerb(verb, args);
  if (!reading.ok)
    return {
      kind: "usage",
      verb,
      problem:
        reading.detail === undefined
          ? { code: reading.code }
          : { code: reading.code, detail: reading.detail },
    };
  const checked = Command.safeParse(reading.value);
  if (!checked.success)
    return {
      kind: "usage",
      verb,
      problem: { code: "invalid", detail: checked.error.issues[0]?.path.join(".") ?? "" },
    };
  return { kind: "command", command: checked.data };
};
